package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import sa.silah.test.IntegrationTest;

/** A change another application node made reaches this node's calendar with the next reload. */
@IntegrationTest
class CalendarRefreshIT {

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    CalendarRefresh refresh;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNextReloadPicksUpHolidaysAndHoursChangedElsewhere() {
        LocalDate sunday = LocalDate.of(2035, 1, 7);
        LocalDate monday = sunday.plusDays(1);
        try {
            jdbc.update("insert into holiday (name_ar, name_en, first_day, last_day) values "
                    + "('إجازة من عقدة أخرى', 'Holiday from another node', date '2035-01-07', date '2035-01-07')");
            jdbc.update("insert into working_hours_override (name_ar, name_en, first_day, last_day, opens_at, closes_at) "
                    + "values ('دوام من عقدة أخرى', 'Hours from another node', date '2035-01-08', date '2035-01-08', "
                    + "time '09:00:00', time '12:00:00')");
            assertThat(calendar.isWorkingDay(sunday)).as("before the reload").isTrue();

            refresh.reload();

            assertThat(calendar.isWorkingDay(sunday)).isFalse();
            assertThat(calendar.workingHours(monday)).contains(WorkingHours.of("09:00", "12:00"));
        }
        finally {
            jdbc.update("delete from holiday where first_day = date '2035-01-07'");
            jdbc.update("delete from working_hours_override where first_day = date '2035-01-08'");
            refresh.reload();
        }
        assertThat(calendar.isWorkingDay(sunday)).isTrue();
        assertThat(calendar.workingHours(monday)).contains(WorkingHours.of("08:00", "16:00"));
    }
}
