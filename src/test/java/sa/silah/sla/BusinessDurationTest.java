package sa.silah.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import sa.silah.shared.InvalidValueException;

class BusinessDurationTest {

    @ParameterizedTest
    @CsvSource({ "P1D, 480", "PT4H, 240", "PT30M, 30", "P1DT2H, 600", "P2DT4H, 1200", "P3D, 1440", "PT0M, 0",
            "P0D, 0", "PT1H30M, 90", "P1DT0H5M, 485" })
    void readsIsoDurationsWithBusinessDaysOfEightHours(String iso, long minutes) {
        assertThat(BusinessDuration.parse(iso).minutes()).isEqualTo(minutes);
    }

    @Test
    void readsLowerCaseAndSurroundingSpaces() {
        assertThat(BusinessDuration.parse(" p1dt2h ")).isEqualTo(BusinessDuration.ofMinutes(600));
    }

    @ParameterizedTest
    @CsvSource({ "480, P1D", "240, PT4H", "30, PT30M", "600, P1DT2H", "0, PT0M", "90, PT1H30M", "485, P1DT5M",
            "960, P2D" })
    void writesWholeBusinessDaysFirst(long minutes, String iso) {
        assertThat(BusinessDuration.ofMinutes(minutes)).hasToString(iso);
    }

    @Test
    void writesEightHoursAsOneBusinessDay() {
        assertThat(BusinessDuration.parse("PT8H")).isEqualTo(BusinessDuration.ofDays(1)).hasToString("P1D");
    }

    @Test
    void readsBackWhatItWrites() {
        for (long minutes = 0; minutes <= 5 * BusinessDuration.MINUTES_PER_DAY; minutes++) {
            BusinessDuration duration = BusinessDuration.ofMinutes(minutes);
            assertThat(BusinessDuration.parse(duration.toString())).as(duration.toString()).isEqualTo(duration);
        }
        BusinessDuration large = BusinessDuration.ofDays(36_500).plus(BusinessDuration.ofMinutes(61));
        assertThat(BusinessDuration.parse(large.toString())).isEqualTo(large);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "P", "PT", "1D", "P1W", "P1Y", "P1M", "P-1D", "PT-4H", "PT1.5H",
            "P1H", "PT4H1D", "one day", "P99999999999999999999D" })
    void refusesWhatIsNotABusinessDuration(String iso) {
        assertThatThrownBy(() -> BusinessDuration.parse(iso))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("businessDuration.invalid"));
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> BusinessDuration.ofMinutes(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> BusinessDuration.ofHours(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void addsAndSubtractsWithoutGoingBelowZero() {
        assertThat(BusinessDuration.ofDays(1).plus(BusinessDuration.ofHours(2))).isEqualTo(BusinessDuration.parse("P1DT2H"));
        assertThat(BusinessDuration.ofHours(2).minus(BusinessDuration.ofDays(1))).isEqualTo(BusinessDuration.ZERO);
        assertThat(BusinessDuration.ofDays(3).minus(BusinessDuration.ofHours(4))).hasToString("P2DT4H");
    }

    @Test
    void comparesByLengthAndConvertsToAPlainDuration() {
        assertThat(BusinessDuration.ofHours(9)).isGreaterThan(BusinessDuration.ofDays(1));
        assertThat(BusinessDuration.ofDays(1).toDuration()).isEqualTo(Duration.ofHours(8));
        assertThat(BusinessDuration.ZERO.isZero()).isTrue();
    }
}
