package sa.silah.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import sa.silah.shared.Dates;

/**
 * The regular working week ({@code silah.calendar.*}): Sunday to Thursday, 08:00 to 16:00, Asia/Riyadh.
 * Holidays and other hours for date ranges (Ramadan) are data, edited by administrators, not properties.
 * A broken setting stops the application at start rather than bending every due date.
 *
 * @param zone where the working day is measured
 * @param workingDays the days of the week that have working hours
 * @param opensAt when a regular working day opens
 * @param closesAt when a regular working day closes
 * @param refreshInterval how often each application node re-reads holidays and hours that another node changed
 */
@ConfigurationProperties("silah.calendar")
public record CalendarProperties(
        @DefaultValue("Asia/Riyadh") ZoneId zone,
        @DefaultValue({ "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY" }) Set<DayOfWeek> workingDays,
        @DefaultValue("08:00") LocalTime opensAt,
        @DefaultValue("16:00") LocalTime closesAt,
        @DefaultValue("PT1M") Duration refreshInterval) {

    public CalendarProperties {
        if (zone == null) {
            throw new IllegalArgumentException("silah.calendar.zone must name a time zone, such as Asia/Riyadh");
        }
        if (workingDays == null || workingDays.isEmpty()) {
            throw new IllegalArgumentException("silah.calendar.working-days must name at least one day of the week");
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("silah.calendar.closes-at (" + closesAt
                    + ") must come after silah.calendar.opens-at (" + opensAt + ") on the same day");
        }
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("silah.calendar.refresh-interval must be positive, such as PT1M");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    }

    /** The Saudi working week: Sunday to Thursday, 08:00 to 16:00 in Asia/Riyadh. */
    public static CalendarProperties saudi() {
        return new CalendarProperties(Dates.RIYADH, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), Duration.ofMinutes(1));
    }

    WorkingHours regularHours() {
        return new WorkingHours(opensAt, closesAt);
    }
}
