package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Dates;

/**
 * The laws of the arithmetic, checked over thousands of generated starts and durations across 2026 and
 * 2027 (weekends, Ramadan, both Eids, Founding and National Day). The random source is seeded, so a
 * failure repeats; the message names the start and duration that broke the law.
 */
class BusinessCalendarLawsTest {

    private static final int CASES = 5_000;
    private static final Instant FIRST = TestCalendars.riyadh("2026-01-01T00:00");
    private static final long SPAN_MINUTES = 2 * 365 * 24 * 60;

    final BusinessCalendar calendar = TestCalendars.saudi2026And2027();
    final Random random = new Random(20260222L);

    @Test
    void aDueTimeFallsInWorkingHoursOrExactlyAtAClosingTime() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(true);
            BusinessDuration duration = positiveDuration();
            Instant due = calendar.addBusinessTime(start, duration);
            ZonedDateTime local = due.atZone(Dates.RIYADH);
            String example = start + " + " + duration + " = " + local;
            assertThat(local.getDayOfWeek()).as(example).isNotIn(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            assertThat(TestCalendars.HOLIDAYS_2026_2027).as(example).noneMatch(h -> h.includes(local.toLocalDate()));
            boolean atClosing = calendar.workingHours(local.toLocalDate())
                    .map(hours -> hours.closesAt().equals(local.toLocalTime())).orElse(false);
            assertThat(calendar.isWorkingTime(due) || atClosing).as(example).isTrue();
            assertThat(due).as(example).isAfter(start);
        }
    }

    @Test
    void addingTwoDurationsInTurnEqualsAddingTheirSum() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(true);
            BusinessDuration first = duration();
            BusinessDuration second = duration();
            assertThat(calendar.addBusinessTime(calendar.addBusinessTime(start, first), second))
                    .as("%s + %s + %s", start, first, second)
                    .isEqualTo(calendar.addBusinessTime(start, first.plus(second)));
        }
    }

    @Test
    void theBusinessTimeUntilTheDueTimeIsTheDuration() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(true);
            BusinessDuration duration = duration();
            assertThat(calendar.businessTimeBetween(start, calendar.addBusinessTime(start, duration)))
                    .as("%s + %s", start, duration).isEqualTo(duration);
        }
    }

    @Test
    void aPauseMovesTheDueTimeByExactlyItsBusinessLength() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(false);
            BusinessDuration duration = positiveDuration();
            Instant due = calendar.addBusinessTime(start, duration);
            // Paused at some moment before the due time, resumed up to two weeks later.
            long minutesUntilDue = Duration.between(start, due).toMinutes();
            Instant pausedAt = start.plusSeconds(60L * random.nextInt((int) minutesUntilDue));
            Instant resumedAt = pausedAt.plusSeconds(60L * random.nextInt(14 * 24 * 60));
            BusinessDuration pause = calendar.businessTimeBetween(pausedAt, resumedAt);
            BusinessDuration left = duration.minus(calendar.businessTimeBetween(start, pausedAt));

            Instant newDue = calendar.addBusinessTime(resumedAt, left);

            String example = start + " + " + duration + ", paused " + pausedAt + " to " + resumedAt;
            assertThat(left.isZero()).as(example).isFalse();
            assertThat(newDue).as(example).isEqualTo(calendar.addBusinessTime(due, pause));
            assertThat(calendar.businessTimeBetween(due, newDue)).as(example).isEqualTo(pause);
        }
    }

    @Test
    void aStartOutsideWorkingHoursCountsFromTheNextWorkingMoment() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(true);
            BusinessDuration duration = positiveDuration();
            assertThat(calendar.addBusinessTime(start, duration)).as("%s + %s", start, duration)
                    .isEqualTo(calendar.addBusinessTime(calendar.nextWorkingMoment(start), duration));
        }
    }

    @Test
    void aLongerDurationIsNeverDueEarlier() {
        for (int i = 0; i < CASES; i++) {
            Instant start = start(true);
            BusinessDuration shorter = duration();
            BusinessDuration longer = shorter.plus(duration());
            assertThat(calendar.addBusinessTime(start, longer)).as("%s + %s / %s", start, shorter, longer)
                    .isAfterOrEqualTo(calendar.addBusinessTime(start, shorter));
        }
    }

    @Test
    void businessTimeAddsUpAcrossASplit() {
        for (int i = 0; i < CASES; i++) {
            Instant from = start(false);
            Instant middle = from.plusSeconds(60L * random.nextInt(30 * 24 * 60));
            Instant to = middle.plusSeconds(60L * random.nextInt(30 * 24 * 60));
            assertThat(calendar.businessTimeBetween(from, middle).plus(calendar.businessTimeBetween(middle, to)))
                    .as("%s | %s | %s", from, middle, to).isEqualTo(calendar.businessTimeBetween(from, to));
        }
    }

    @Test
    void aWorkingDayIsOneWithWorkingHours() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(calendar.workingHours(day).isPresent());
        }
    }

    /** A moment in 2026 or 2027; to the minute, or with seconds when asked, as real request times have. */
    private Instant start(boolean withSeconds) {
        Instant minute = FIRST.plusSeconds(60 * (long) random.nextInt((int) SPAN_MINUTES));
        return withSeconds && random.nextBoolean() ? minute.plusSeconds(random.nextInt(60)) : minute;
    }

    /** Zero now and then, whole days or hours often (as services are set up), any minute otherwise: up to 20 days. */
    private BusinessDuration duration() {
        return switch (random.nextInt(10)) {
            case 0 -> BusinessDuration.ZERO;
            case 1, 2, 3 -> BusinessDuration.ofDays(1 + random.nextInt(20));
            case 4, 5 -> BusinessDuration.ofHours(1 + random.nextInt(40));
            default -> BusinessDuration.ofMinutes(1 + random.nextInt(20 * (int) BusinessDuration.MINUTES_PER_DAY));
        };
    }

    private BusinessDuration positiveDuration() {
        BusinessDuration duration = duration();
        return duration.isZero() ? BusinessDuration.ofMinutes(1 + random.nextInt(600)) : duration;
    }
}
