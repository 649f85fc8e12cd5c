package sa.silah.audit;

import java.time.LocalDate;

import sa.silah.shared.InvalidFieldsException;

/**
 * What an administrator looks for in the audit trail; a blank or null part matches everything. The days are Riyadh
 * days and both are included.
 *
 * @throws InvalidFieldsException on {@code to} when it comes before {@code from}
 */
public record AuditFilter(String actor, String subjectType, String subjectId, String action, LocalDate from,
        LocalDate to) {

    public AuditFilter {
        actor = AuditPeriod.blankToNull(actor);
        subjectType = AuditPeriod.blankToNull(subjectType);
        subjectId = AuditPeriod.blankToNull(subjectId);
        action = AuditPeriod.blankToNull(action);
        AuditPeriod.check(from, to);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
