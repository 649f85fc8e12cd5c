package sa.silah.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * The 72-hour clock of a breach at a moment: the deadline for notifying the authority and where the breach stands
 * against it. {@code margin} is the time from the moment that counts (now while waiting, the notification once
 * made) to the deadline: positive while there is time, negative once past it.
 */
public record BreachClock(Instant deadline, State state, Duration margin) {

    public enum State {
        /** Not yet notified and the deadline is still ahead. */
        RUNNING,
        /** Not yet notified and the deadline has passed. */
        OVERDUE,
        NOTIFIED_IN_TIME,
        NOTIFIED_LATE,
        /** A recorded reason says the authority need not be notified (no harm is likely). */
        NOT_REQUIRED
    }

    static BreachClock at(Instant deadline, Instant authorityNotifiedAt, boolean notRequired, Instant now) {
        if (authorityNotifiedAt != null) {
            Duration margin = Duration.between(authorityNotifiedAt, deadline);
            return new BreachClock(deadline, margin.isNegative() ? State.NOTIFIED_LATE : State.NOTIFIED_IN_TIME,
                    margin);
        }
        Duration margin = Duration.between(now, deadline);
        if (notRequired) {
            return new BreachClock(deadline, State.NOT_REQUIRED, margin);
        }
        return new BreachClock(deadline, margin.isNegative() ? State.OVERDUE : State.RUNNING, margin);
    }

    public boolean isOverdue() {
        return state == State.OVERDUE;
    }

    /** Whether the authority was notified by the deadline. */
    public boolean isNotifiedInTime() {
        return state == State.NOTIFIED_IN_TIME;
    }

    /** The whole hours of the margin, without its sign: left, overdue, to spare or late, as the state says. */
    public long hours() {
        return margin.abs().toHours();
    }

    /** The minutes beyond {@link #hours()}. */
    public int minutes() {
        return margin.abs().toMinutesPart();
    }
}
