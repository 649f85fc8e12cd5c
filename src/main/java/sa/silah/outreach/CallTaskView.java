package sa.silah.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import sa.silah.assessment.NeedLevel;
import sa.silah.shared.Dates;

/**
 * A call task as the officer's list shows it, with what the officer needs to make the call: the beneficiary's name
 * and mobile, the need level of their valid assessment ({@code null} once it has lapsed) and the day of the last
 * contact ({@code null}: never).
 */
public record CallTaskView(UUID id, UUID beneficiaryId, String name, String mobile, NeedLevel needLevel,
        Instant lastContact, StandingRule rule, CallReason reason, Instant createdAt, LocalDate dueOn,
        CallTaskStatus status, String doneBy, Instant doneAt, String note) {

    public boolean isOpen() {
        return status == CallTaskStatus.OPEN;
    }

    /** Closed by the daily job because the beneficiary was contacted, rather than by an officer. */
    public boolean isClosedByContact() {
        return status == CallTaskStatus.DONE && CallTask.JOB.equals(doneBy);
    }

    /** Cancelled by the daily job (no longer in high need) or by an erasure, rather than closed by an officer. */
    public boolean isCancelledByJob() {
        return status == CallTaskStatus.CANCELLED && CallTask.JOB.equals(doneBy);
    }

    /** The day of the last contact in Riyadh; {@code null} when never contacted. */
    public LocalDate getLastContactDay() {
        return lastContact == null ? null : LocalDate.ofInstant(lastContact, Dates.RIYADH);
    }

    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
