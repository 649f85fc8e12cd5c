package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Dates;

class QuietHoursTest {

    private static Instant riyadh(String localTime, int dayOfMonth) {
        return LocalDateTime.of(LocalDate.of(2026, 11, dayOfMonth), LocalTime.parse(localTime)).atZone(Dates.RIYADH)
                .toInstant();
    }

    @Test
    void daytimeIsNotQuiet() {
        assertThat(QuietHours.nextAllowed(riyadh("21:59", 26))).isEqualTo(riyadh("21:59", 26));
        assertThat(QuietHours.nextAllowed(riyadh("07:00", 26))).isEqualTo(riyadh("07:00", 26));
    }

    @Test
    void eveningWaitsForTheNextMorning() {
        assertThat(QuietHours.nextAllowed(riyadh("22:00", 26))).isEqualTo(riyadh("07:00", 27));
        assertThat(QuietHours.nextAllowed(riyadh("23:30", 26))).isEqualTo(riyadh("07:00", 27));
    }

    @Test
    void nightWaitsForThisMorning() {
        assertThat(QuietHours.nextAllowed(riyadh("00:10", 27))).isEqualTo(riyadh("07:00", 27));
        assertThat(QuietHours.nextAllowed(riyadh("06:59", 27))).isEqualTo(riyadh("07:00", 27));
    }

    @Test
    void backoffGrowsThenGivesUp() {
        assertThat(Backoff.after(1)).contains(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).contains(Duration.ofMinutes(5));
        assertThat(Backoff.after(3)).contains(Duration.ofMinutes(30));
        assertThat(Backoff.after(4)).contains(Duration.ofHours(2));
        assertThat(Backoff.after(5)).contains(Duration.ofHours(6));
        assertThat(Backoff.after(6)).isEmpty();
    }
}
