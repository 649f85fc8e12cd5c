package sa.silah.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.Mentions;
import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure in the audit trail, the one change ever made to it: the entries keep who changed which record, when, the
 * action and which fields, and lose the personal values. In the entries of the person's own record every value is
 * blanked but those the statistics also keep on the anonymised record (type, gender, city, segments, consents...);
 * in any other entry that names the person, the mentions are blanked. Accesses to personal data hold only ids and
 * stay whole.
 */
@Component
class AuditErasure implements PersonalDataHolder {

    /** The beneficiary registry's subject type; audit cannot see the registry, which records through it. */
    private static final String BENEFICIARY = "BENEFICIARY";

    /** The fields of a beneficiary's record that the anonymised record keeps too, so their history may stay. */
    private static final Set<String> KEPT_FIELDS = Set.of("type", "gender", "nationality", "city", "organizationType",
            "preferredChannel", "language", "optOuts", "segments", "record", "legalHold");
    private static final String CONSENT = "consent.";

    private static final TypeReference<List<FieldChange>> CHANGE_LIST = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        Mentions mentions = new Mentions(jdbc, person);
        List<Object> parameters = new ArrayList<>(List.of(BENEFICIARY, person.beneficiaryId().toString()));
        parameters.addAll(mentions.parameters(1));
        jdbc.sql("select id, subject_type, subject_id, changes from audit_entry"
                + " where (subject_type = ? and subject_id = ?) or " + mentions.matching(List.of("changes")))
                .params(parameters)
                .query((row, number) -> new Entry(row.getLong("id"),
                        BENEFICIARY.equals(row.getString("subject_type"))
                                && person.beneficiaryId().toString().equals(row.getString("subject_id")),
                        row.getString("changes")))
                .list().forEach(entry -> blank(entry, person));
    }

    private void blank(Entry entry, PersonalIdentifiers person) {
        List<FieldChange> changes = json.readValue(entry.changes(), CHANGE_LIST);
        List<FieldChange> blanked = changes.stream().map(change -> entry.ofThePerson() && !kept(change.field())
                ? new FieldChange(change.field(), erased(change.oldValue()), erased(change.newValue()))
                : new FieldChange(change.field(), person.blank(change.oldValue()), person.blank(change.newValue())))
                .toList();
        if (!Objects.equals(changes, blanked)) {
            jdbc.sql("update audit_entry set changes = ? where id = ?")
                    .params(json.writeValueAsString(blanked), entry.id()).update();
        }
    }

    private static boolean kept(String field) {
        return KEPT_FIELDS.contains(field) || field.startsWith(CONSENT);
    }

    private static String erased(String value) {
        return value == null ? null : PersonalIdentifiers.ERASED;
    }

    private record Entry(long id, boolean ofThePerson, String changes) {
    }
}
