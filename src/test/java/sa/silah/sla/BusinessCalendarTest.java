package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sa.silah.sla.TestCalendars.riyadh;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.shared.InvalidValueException;

/** The due-time arithmetic on the examples people check by hand. */
class BusinessCalendarTest {

    final BusinessCalendar calendar = TestCalendars.saudi2026And2027();

    @Test
    void thursdayAfternoonPlusOneBusinessDayIsSundayAtTheSameHour() {
        assertThat(calendar.addBusinessTime(riyadh("2026-11-26T15:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2026-11-29T15:00"));
    }

    @Test
    void aFridayStartPlusOneBusinessDayIsDueAtSundaysClosingNotMondayMorning() {
        for (String friday : List.of("2026-11-27T00:00", "2026-11-27T09:30", "2026-11-27T23:59")) {
            assertThat(calendar.addBusinessTime(riyadh(friday), BusinessDuration.ofDays(1)))
                    .as(friday).isEqualTo(riyadh("2026-11-29T16:00"));
        }
    }

    @Test
    void timeRunningOutExactlyAtClosingIsDueAtClosing() {
        assertThat(calendar.addBusinessTime(riyadh("2026-11-29T08:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2026-11-29T16:00"));
        assertThat(calendar.addBusinessTime(riyadh("2026-11-29T12:00"), BusinessDuration.ofHours(4)))
                .isEqualTo(riyadh("2026-11-29T16:00"));
    }

    @Test
    void aStartBeforeOpeningOrAfterClosingCountsFromTheNextOpening() {
        assertThat(calendar.addBusinessTime(riyadh("2026-11-29T06:00"), BusinessDuration.ofHours(1)))
                .isEqualTo(riyadh("2026-11-29T09:00"));
        assertThat(calendar.addBusinessTime(riyadh("2026-11-29T17:00"), BusinessDuration.ofHours(1)))
                .isEqualTo(riyadh("2026-11-30T09:00"));
        assertThat(calendar.nextWorkingMoment(riyadh("2026-11-26T16:00"))).isEqualTo(riyadh("2026-11-29T08:00"));
        assertThat(calendar.nextWorkingMoment(riyadh("2026-11-26T10:15"))).isEqualTo(riyadh("2026-11-26T10:15"));
    }

    @Test
    void aZeroDurationIsDueAtTheStartEvenOutsideWorkingHours() {
        Instant friday = riyadh("2026-11-27T11:11:11");
        assertThat(calendar.addBusinessTime(friday, BusinessDuration.ZERO)).isEqualTo(friday);
    }

    @Test
    void aRamadanDayCountsOnlyItsFiveWorkingHours() {
        assertThat(calendar.workingHours(LocalDate.of(2026, 3, 1))).contains(WorkingHours.of("10:00", "15:00"));
        assertThat(calendar.businessTimeBetween(riyadh("2026-03-01T00:00"), riyadh("2026-03-02T00:00")))
                .isEqualTo(BusinessDuration.ofHours(5));
        assertThat(calendar.addBusinessTime(riyadh("2026-03-01T09:00"), BusinessDuration.ofHours(5)))
                .isEqualTo(riyadh("2026-03-01T15:00"));
        // One business day stays eight working hours: five on Sunday, three on Monday.
        assertThat(calendar.addBusinessTime(riyadh("2026-03-01T10:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2026-03-02T13:00"));
        assertThat(calendar.isWorkingTime(riyadh("2026-03-01T09:30"))).isFalse();
        assertThat(calendar.isWorkingTime(riyadh("2026-03-01T15:00"))).isFalse();
    }

    @Test
    void aHolidayIsSkipped() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 23))).isFalse();
        assertThat(calendar.addBusinessTime(riyadh("2026-09-22T12:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2026-09-24T12:00"));
        // Founding Day, a Sunday in Ramadan: Thursday's last hour, then Monday's first.
        assertThat(calendar.addBusinessTime(riyadh("2026-02-19T14:00"), BusinessDuration.ofHours(2)))
                .isEqualTo(riyadh("2026-02-23T11:00"));
    }

    @Test
    void theEidHolidaysAreSkippedWhole() {
        // Eid al-Fitr 1447 (Wednesday 18 to Sunday 22 March 2026), from Ramadan hours into regular ones.
        assertThat(calendar.addBusinessTime(riyadh("2026-03-17T14:00"), BusinessDuration.ofHours(2)))
                .isEqualTo(riyadh("2026-03-23T09:00"));
        // Eid al-Adha 1447 (Tuesday 26 to Saturday 30 May 2026).
        assertThat(calendar.addBusinessTime(riyadh("2026-05-25T12:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2026-05-31T12:00"));
        // Eid al-Fitr 1448 (Monday 8 to Thursday 11 March 2027).
        assertThat(calendar.addBusinessTime(riyadh("2027-03-07T14:00"), BusinessDuration.ofHours(2)))
                .isEqualTo(riyadh("2027-03-14T09:00"));
        assertThat(calendar.businessTimeBetween(riyadh("2026-03-18T00:00"), riyadh("2026-03-23T00:00")))
                .isEqualTo(BusinessDuration.ZERO);
    }

    @Test
    void measuresBusinessTimeBetweenTwoMoments() {
        assertThat(calendar.businessTimeBetween(riyadh("2026-11-26T15:00"), riyadh("2026-11-29T15:00")))
                .isEqualTo(BusinessDuration.ofDays(1));
        assertThat(calendar.businessTimeBetween(riyadh("2026-11-29T00:00"), riyadh("2026-12-06T00:00")))
                .isEqualTo(BusinessDuration.ofDays(5));
        assertThat(calendar.businessTimeBetween(riyadh("2026-11-29T10:00"), riyadh("2026-11-29T10:00:59")))
                .isEqualTo(BusinessDuration.ZERO);
        assertThat(calendar.businessTimeBetween(riyadh("2026-11-29T12:00"), riyadh("2026-11-29T10:00")))
                .isEqualTo(BusinessDuration.ZERO);
    }

    @Test
    void workingTimeIncludesOpeningButNotClosing() {
        assertThat(calendar.isWorkingTime(riyadh("2026-11-29T08:00"))).isTrue();
        assertThat(calendar.isWorkingTime(riyadh("2026-11-29T15:59:59"))).isTrue();
        assertThat(calendar.isWorkingTime(riyadh("2026-11-29T16:00"))).isFalse();
        assertThat(calendar.isWorkingTime(riyadh("2026-11-29T07:59"))).isFalse();
        assertThat(calendar.isWorkingTime(riyadh("2026-11-27T12:00"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.workingHours(LocalDate.of(2026, 11, 29))).contains(WorkingHours.of("08:00", "16:00"));
        assertThat(calendar.workingHours(LocalDate.of(2026, 11, 27))).isEmpty();
    }

    @Test
    void otherHoursLeaveWeekendsAndHolidaysClosed() {
        assertThat(calendar.workingHours(LocalDate.of(2026, 2, 20))).isEmpty();
        assertThat(calendar.workingHours(LocalDate.of(2026, 3, 18))).isEmpty();
    }

    @Test
    void whereRangesOfOtherHoursOverlapTheLaterStartWins() {
        BusinessCalendar overlapping = new BusinessCalendar(CalendarProperties.saudi(), List.of(), List.of(
                TestCalendars.hours("صيف", "Summer", "2031-06-01", "2031-08-31", "07:00", "14:00"),
                TestCalendars.hours("أسبوع الجرد", "Stock-take week", "2031-07-06", "2031-07-10", "09:00", "12:00")));
        assertThat(overlapping.workingHours(LocalDate.of(2031, 7, 7))).contains(WorkingHours.of("09:00", "12:00"));
        assertThat(overlapping.workingHours(LocalDate.of(2031, 7, 13))).contains(WorkingHours.of("07:00", "14:00"));
    }

    @Test
    void newHolidaysReplaceTheOldOnesAtOnce() {
        BusinessCalendar changing = TestCalendars.regularWeek();
        assertThat(changing.addBusinessTime(riyadh("2031-01-02T15:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2031-01-05T15:00"));
        changing.use(List.of(TestCalendars.holiday("إجازة", "Holiday", "2031-01-05", "2031-01-05")), List.of());
        assertThat(changing.addBusinessTime(riyadh("2031-01-02T15:00"), BusinessDuration.ofDays(1)))
                .isEqualTo(riyadh("2031-01-06T15:00"));
    }

    @Test
    void followsTheConfiguredWeekAndHours() {
        var properties = new CalendarProperties(ZoneId.of("Asia/Dubai"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofMinutes(5));
        BusinessCalendar mondayToFriday = new BusinessCalendar(properties, List.of(), List.of());
        Instant fridayAfternoon = LocalDateTime.parse("2031-01-03T16:00").atZone(properties.zone()).toInstant();
        assertThat(mondayToFriday.addBusinessTime(fridayAfternoon, BusinessDuration.ofHours(2)))
                .isEqualTo(LocalDateTime.parse("2031-01-06T10:00").atZone(properties.zone()).toInstant());
        assertThat(mondayToFriday.isWorkingDay(LocalDate.of(2031, 1, 5))).as("a Sunday").isFalse();
    }

    @Test
    void aCalendarWithoutWorkingTimeFailsClearlyInsteadOfLoopingForever() {
        BusinessCalendar closed = new BusinessCalendar(CalendarProperties.saudi(),
                List.of(TestCalendars.holiday("مغلق", "Closed", "2026-01-01", "2045-12-31")), List.of());
        assertThatThrownBy(() -> closed.addBusinessTime(riyadh("2026-01-01T08:00"), BusinessDuration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working time");
        assertThatThrownBy(() -> closed.nextWorkingMoment(riyadh("2026-01-01T08:00")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesADueTimeBeyondTheHorizon() {
        assertThatThrownBy(() -> calendar.addBusinessTime(riyadh("2026-01-01T08:00"), BusinessDuration.ofDays(40_000)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("calendar.duration.tooLong"));
    }

    @Test
    void skipsWholeDaysSoLongDurationsStayFast() {
        long started = System.nanoTime();
        Instant due = null;
        for (int i = 0; i < 1_000; i++) {
            due = calendar.addBusinessTime(riyadh("2026-01-01T08:00").plusSeconds(i * 60L), BusinessDuration.ofDays(250));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(due).isAfter(riyadh("2026-12-01T00:00"));
    }
}
