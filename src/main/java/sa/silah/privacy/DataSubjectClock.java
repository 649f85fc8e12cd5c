package sa.silah.privacy;

import java.time.Instant;

/**
 * Where a data-subject request stands against its due date, at a moment (or at its closing, once closed): the due
 * time, the calendar days left in Riyadh (negative once past), whether it is overdue, and whether the one extension
 * was used.
 */
public record DataSubjectClock(Instant dueAt, long daysLeft, boolean overdue, boolean extended, boolean stopped) {
}
