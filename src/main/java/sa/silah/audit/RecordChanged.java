package sa.silah.audit;

import java.time.Instant;
import java.util.List;

/**
 * A record was created or changed. Published inside the transaction that made the change.
 *
 * @param subjectType what kind of record, e.g. {@code BENEFICIARY}
 * @param subjectId the record's identifier
 * @param action what happened, e.g. {@code CREATED}, {@code UPDATED}, {@code HOUSEHOLD_MEMBER_ADDED}
 */
public record RecordChanged(String subjectType, String subjectId, String action, String actor,
        List<FieldChange> changes, Instant occurredAt) {

    public RecordChanged {
        changes = List.copyOf(changes);
    }
}
