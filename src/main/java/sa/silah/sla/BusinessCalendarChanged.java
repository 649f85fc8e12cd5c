package sa.silah.sla;

import java.time.LocalDate;

/**
 * An administrator added, changed or removed a holiday or other working hours, so the business time of
 * the days from {@code firstDay} to {@code lastDay} changed (for a change, the old and the new range
 * together). Published inside the transaction that made the change; a module that keeps due dates can
 * listen and re-plan those that fall in or after the range.
 */
public record BusinessCalendarChanged(LocalDate firstDay, LocalDate lastDay) {

    static BusinessCalendarChanged covering(LocalDate firstDay, LocalDate lastDay, LocalDate otherFirstDay,
            LocalDate otherLastDay) {
        return new BusinessCalendarChanged(firstDay.isBefore(otherFirstDay) ? firstDay : otherFirstDay,
                lastDay.isAfter(otherLastDay) ? lastDay : otherLastDay);
    }
}
