package sa.silah.audit;

import java.time.LocalDate;

import sa.silah.shared.InvalidFieldsException;

/**
 * What an administrator looks for in the personal-data access log; a blank or null part matches everything. The
 * days are Riyadh days and both are included.
 *
 * @throws InvalidFieldsException on {@code to} when it comes before {@code from}
 */
public record AccessFilter(String actor, String subjectType, String subjectId, String purpose, LocalDate from,
        LocalDate to) {

    public AccessFilter {
        actor = AuditPeriod.blankToNull(actor);
        subjectType = AuditPeriod.blankToNull(subjectType);
        subjectId = AuditPeriod.blankToNull(subjectId);
        purpose = AuditPeriod.blankToNull(purpose);
        AuditPeriod.check(from, to);
    }

    public static AccessFilter none() {
        return new AccessFilter(null, null, null, null, null, null);
    }
}
