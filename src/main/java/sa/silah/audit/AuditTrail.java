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
    private final AuditSearch search;
    private final UnusualAccessReport unusualAccess;
    private final AuditProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(AuditEntries entries, PersonalDataAccesses accesses, AuditSearch search,
            UnusualAccessReport unusualAccess, AuditProperties properties) {
        this.entries = entries;
        this.accesses = accesses;
        this.search = search;
        this.unusualAccess = unusualAccess;
        this.properties = properties;
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

    /** The whole trail under an administrator's filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> changes(AuditFilter filter, Pageable pageable) {
        return search.changes(filter, pageable);
    }

    /** The whole access log under an administrator's filter, newest first. */
    @Transactional(readOnly = true)
    public Page<PersonalDataAccess> accesses(AccessFilter filter, Pageable pageable) {
        return search.accesses(filter, pageable);
    }

    /** The kinds of record the trail holds entries of, for the viewer's filter. */
    @Transactional(readOnly = true)
    public List<String> changedSubjectTypes() {
        return search.distinct(AuditEntry.class, "subjectType");
    }

    /** The actions the trail holds, for the viewer's filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return search.distinct(AuditEntry.class, "action");
    }

    /** The kinds of record the access log holds, for its filter. */
    @Transactional(readOnly = true)
    public List<String> accessedSubjectTypes() {
        return search.distinct(PersonalDataAccess.class, "subjectType");
    }

    /** The purposes the access log holds, for its filter. */
    @Transactional(readOnly = true)
    public List<String> purposes() {
        return search.distinct(PersonalDataAccess.class, "purpose");
    }

    /** Accounts that opened more distinct records in a short window than the query allows, one line per burst. */
    @Transactional(readOnly = true)
    public List<UnusualAccess> unusualAccess(UnusualAccessQuery query) {
        return unusualAccess.find(query);
    }

    /** The thresholds the unusual-access report starts from. */
    public AuditProperties.UnusualAccess unusualAccessDefaults() {
        return properties.unusualAccess();
    }

    /** The field changes of an entry, for display. */
    public List<FieldChange> fieldChanges(AuditEntry entry) {
        return json.readValue(entry.getChanges(), CHANGE_LIST);
    }
}
