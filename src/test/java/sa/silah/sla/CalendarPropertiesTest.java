package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CalendarPropertiesTest {

    @Test
    void defaultsToTheSaudiWorkingWeek() {
        CalendarProperties properties = bind(Map.of());
        assertThat(properties).isEqualTo(CalendarProperties.saudi());
        assertThat(properties.zone()).isEqualTo(ZoneId.of("Asia/Riyadh"));
        assertThat(properties.workingDays()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(properties.opensAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(properties.closesAt()).isEqualTo(LocalTime.of(16, 0));
        assertThat(properties.refreshInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void readsAnotherWeekAndHours() {
        CalendarProperties properties = bind(Map.of("silah.calendar.working-days", "SATURDAY,SUNDAY,MONDAY",
                "silah.calendar.opens-at", "07:30", "silah.calendar.closes-at", "14:30",
                "silah.calendar.refresh-interval", "30s"));
        assertThat(properties.workingDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(properties.opensAt()).isEqualTo(LocalTime.of(7, 30));
        assertThat(properties.closesAt()).isEqualTo(LocalTime.of(14, 30));
        assertThat(properties.refreshInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesClosingBeforeOpeningAtStart() {
        assertThatThrownBy(() -> bind(Map.of("silah.calendar.opens-at", "16:00", "silah.calendar.closes-at", "08:00")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("closes-at");
    }

    @Test
    void refusesAWeekWithoutWorkingDaysAndANonPositiveRefresh() {
        assertThatThrownBy(() -> new CalendarProperties(ZoneId.of("Asia/Riyadh"), Set.of(), LocalTime.of(8, 0),
                LocalTime.of(16, 0), Duration.ofMinutes(1))).hasMessageContaining("working-days");
        assertThatThrownBy(() -> new CalendarProperties(ZoneId.of("Asia/Riyadh"), Set.of(DayOfWeek.SUNDAY),
                LocalTime.of(8, 0), LocalTime.of(16, 0), Duration.ZERO)).hasMessageContaining("refresh-interval");
    }

    private static CalendarProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("silah.calendar", CalendarProperties.class);
    }
}
