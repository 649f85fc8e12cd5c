package sa.silah.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import sa.silah.shared.InvalidValueException;

/**
 * The Saudi business calendar and the arithmetic of business time that due dates use.
 *
 * <p>Business time passes only inside working hours: on the working days of the week (Sunday to Thursday
 * by default) that are not holidays, from opening to closing time (08:00–16:00 Asia/Riyadh by default, or
 * the hours an administrator set for a range of days, such as 10:00–15:00 in Ramadan). Working hours are
 * half-open: a day's opening time is working time, its closing time is not. A business day
 * ({@link BusinessDuration#ofDays}) is {@value BusinessDuration#MINUTES_PER_DAY} minutes of business time,
 * whatever the hours of the days it spans.
 *
 * <p>The holidays and other hours are held in memory as one immutable snapshot, replaced as a whole when
 * they change, so the arithmetic never queries the database and is safe to call from any thread.
 */
public class BusinessCalendar {

    /** No working time at all for this many days in a row means the calendar is broken, not merely closed. */
    static final int LONGEST_CLOSURE_DAYS = 3_660;

    /** Due times further away than this are refused rather than walked to, day by day. */
    static final int HORIZON_YEARS = 100;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final WorkingHours regularHours;
    private volatile SpecialDays specialDays;

    /**
     * A calendar with these holidays and other working hours; the application's calendar reads them from
     * the database and keeps them current.
     */
    public BusinessCalendar(CalendarProperties properties, Collection<Holiday> holidays,
            Collection<WorkingHoursOverride> workingHours) {
        this.zone = properties.zone();
        this.workingDays = properties.workingDays();
        this.regularHours = properties.regularHours();
        use(holidays, workingHours);
    }

    /** Replaces the holidays and other working hours in one step. */
    void use(Collection<Holiday> holidays, Collection<WorkingHoursOverride> workingHours) {
        this.specialDays = SpecialDays.of(holidays, workingHours);
    }

    /**
     * The moment at which {@code duration} of business time has passed since {@code from}. A start outside
     * working hours starts counting at the next working moment. When the time runs out exactly at a day's
     * closing, the due time is that closing time, not the next opening: Thursday 15:00 plus one business
     * day (8 hours) is Sunday 15:00, and any time on Friday plus one business day is Sunday 16:00. A zero
     * duration gives {@code from} itself.
     *
     * @throws InvalidValueException if the due time lies more than {@value #HORIZON_YEARS} years ahead
     * @throws IllegalStateException if the calendar has no working time for years on end
     */
    public Instant addBusinessTime(Instant from, BusinessDuration duration) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(duration, "duration");
        if (duration.isZero()) {
            return from;
        }
        SpecialDays days = this.specialDays;
        Duration remaining = duration.toDuration();
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate horizon = day.plusYears(HORIZON_YEARS);
        int closedInARow = 0;
        while (true) {
            Window window = window(day, days);
            if (window != null && window.closes().isAfter(from)) {
                Instant start = window.opens().isAfter(from) ? window.opens() : from;
                Duration available = Duration.between(start, window.closes());
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
                closedInARow = 0;
            }
            else if (++closedInARow > LONGEST_CLOSURE_DAYS) {
                throw noWorkingTime(from);
            }
            day = day.plusDays(1);
            if (day.isAfter(horizon)) {
                throw new InvalidValueException("calendar.duration.tooLong",
                        duration + " from " + from + " ends more than " + HORIZON_YEARS + " years ahead");
            }
        }
    }

    /**
     * The business time from {@code from} (included) to {@code to} (excluded), in whole minutes (rounded
     * down); zero unless {@code to} is after {@code from}. Pausing a due time and reporting time-to-resolve
     * both use it: {@code businessTimeBetween(t, addBusinessTime(t, d))} is {@code d}.
     */
    public BusinessDuration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return BusinessDuration.ZERO;
        }
        SpecialDays days = this.specialDays;
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Window window = window(day, days);
            if (window != null) {
                Instant start = window.opens().isAfter(from) ? window.opens() : from;
                Instant end = window.closes().isBefore(to) ? window.closes() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return BusinessDuration.ofMinutes(total.toMinutes());
    }

    /** Whether business time passes at this moment: a day's opening time is working time, its closing time is not. */
    public boolean isWorkingTime(Instant at) {
        Window window = window(at.atZone(zone).toLocalDate(), specialDays);
        return window != null && !at.isBefore(window.opens()) && at.isBefore(window.closes());
    }

    /** Whether the day has working hours: a working day of the week that is not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !specialDays.holidays().contains(day);
    }

    /** The day's working hours, regular or other; empty on a weekend day or a holiday. */
    public Optional<WorkingHours> workingHours(LocalDate day) {
        if (!isWorkingDay(day)) {
            return Optional.empty();
        }
        return Optional.of(specialDays.hours().getOrDefault(day, regularHours));
    }

    /** {@code at} itself during working hours, otherwise the next opening: where counting business time starts. */
    public Instant nextWorkingMoment(Instant at) {
        Objects.requireNonNull(at, "at");
        SpecialDays days = this.specialDays;
        LocalDate day = at.atZone(zone).toLocalDate();
        for (int closed = 0; closed <= LONGEST_CLOSURE_DAYS; closed++, day = day.plusDays(1)) {
            Window window = window(day, days);
            if (window != null && window.closes().isAfter(at)) {
                return window.opens().isAfter(at) ? window.opens() : at;
            }
        }
        throw noWorkingTime(at);
    }

    /** The time zone working hours are measured in. */
    public ZoneId zone() {
        return zone;
    }

    private Window window(LocalDate day, SpecialDays days) {
        if (!workingDays.contains(day.getDayOfWeek()) || days.holidays().contains(day)) {
            return null;
        }
        WorkingHours hours = days.hours().getOrDefault(day, regularHours);
        return new Window(day.atTime(hours.opensAt()).atZone(zone).toInstant(),
                day.atTime(hours.closesAt()).atZone(zone).toInstant());
    }

    private static IllegalStateException noWorkingTime(Instant from) {
        return new IllegalStateException("The business calendar has no working time in the " + LONGEST_CLOSURE_DAYS
                + " days after " + from + ": check the working days and the holidays");
    }

    private record Window(Instant opens, Instant closes) {
    }

    /**
     * The holidays and other hours, day by day. A few dozen ranges of at most a year each make a small
     * table, and a lookup per day keeps the arithmetic simple. Where ranges of other hours overlap, the
     * one that starts later wins.
     */
    private record SpecialDays(Set<LocalDate> holidays, Map<LocalDate, WorkingHours> hours) {

        static SpecialDays of(Collection<Holiday> holidays, Collection<WorkingHoursOverride> workingHours) {
            Set<LocalDate> closed = new HashSet<>();
            for (Holiday holiday : holidays) {
                holiday.getFirstDay().datesUntil(holiday.getLastDay().plusDays(1)).forEach(closed::add);
            }
            Map<LocalDate, WorkingHours> hours = new HashMap<>();
            workingHours.stream().sorted(Comparator.comparing(WorkingHoursOverride::getFirstDay)).forEach(range -> {
                WorkingHours rangeHours = range.hours();
                range.getFirstDay().datesUntil(range.getLastDay().plusDays(1)).forEach(day -> hours.put(day, rangeHours));
            });
            return new SpecialDays(Set.copyOf(closed), Map.copyOf(hours));
        }
    }
}
