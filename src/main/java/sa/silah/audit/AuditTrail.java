package sa.silah.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes and personal-data accesses, and reads them back for administrators.
 *
 * <p>The listeners are synchronous on purpose: they join the transaction that published the event, so a
 * change is never stored without its audit entry, nor an entry without its change.
 */
@Service
public class AuditTrail {

    private static final TypeReference<List<FieldChange>> CHANGE_LIST = new TypeReference<>() {
    };

    private final AuditEntries entries;
    private final PersonalDataAccesses accesses;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(AuditEntries entries, PersonalDataAccesses accesses) {
        this.entries = entries;
        this.accesses = accesses;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RecordChanged event) {
        entries.save(new AuditEntry(event, json.writeValueAsString(event.changes())));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonalDataAccessed event) {
        accesses.save(new PersonalDataAccess(event));
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> changesOf(String subjectType, String subjectId, Pageable pageable) {
        return entries.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subjectType, subjectId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<PersonalDataAccess> accessesOf(String subjectType, String subjectId, Pageable pageable) {
        return accesses.findBySubjectTypeAndSubjectIdOrderByAccessedAtDescIdDesc(subjectType, subjectId, pageable);
    }

    /** The field changes of an entry, for display. */
    public List<FieldChange> fieldChanges(AuditEntry entry) {
        return json.readValue(entry.getChanges(), CHANGE_LIST);
    }
}
