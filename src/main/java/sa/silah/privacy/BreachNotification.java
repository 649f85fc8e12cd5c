package sa.silah.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * Who was told of a breach, and when: the competent authority (SDAIA), with the reference it gave, and the people
 * whose data it touched; or, instead of the authority, why it need not be notified (the breach is unlikely to cause
 * harm).
 */
public record BreachNotification(Instant authorityNotifiedAt, String authorityReference, Instant peopleNotifiedAt,
        String notRequiredReason) {

    /** @throws InvalidFieldsException naming every field with a problem */
    public BreachNotification check(Instant discoveredAt, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean reasonGiven = Texts.clean(notRequiredReason) != null;
        if (authorityNotifiedAt == null && peopleNotifiedAt == null && !reasonGiven) {
            problems.add(new FieldProblem("authorityNotifiedAt", "privacy.breach.notificationEmpty"));
        }
        if (authorityNotifiedAt != null && reasonGiven) {
            problems.add(new FieldProblem("notRequiredReason", "privacy.breach.reasonWhenNotified"));
        }
        checkTime(authorityNotifiedAt, "authorityNotifiedAt", discoveredAt, now, problems);
        checkTime(peopleNotifiedAt, "peopleNotifiedAt", discoveredAt, now, problems);
        Texts.optional(authorityReference, 100, "authorityReference", problems);
        Texts.optional(notRequiredReason, 2000, "notRequiredReason", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }

    /** Nobody can be told of a breach before it was discovered, nor in the future. */
    private static void checkTime(Instant time, String field, Instant discoveredAt, Instant now,
            List<FieldProblem> problems) {
        if (time == null) {
            return;
        }
        if (time.isBefore(discoveredAt)) {
            problems.add(new FieldProblem(field, "privacy.breach.beforeDiscovery"));
        } else if (time.isAfter(now)) {
            problems.add(new FieldProblem(field, "privacy.breach.inFuture"));
        }
    }
}
