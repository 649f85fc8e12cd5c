package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;

import org.junit.jupiter.api.Test;

class LetterNumberTest {

    @Test
    void writesDirectionHijriYearAndAtLeastFourDigits() {
        assertThat(new LetterNumber(LetterDirection.INCOMING, 1448, 1)).hasToString("IN-1448-0001");
        assertThat(new LetterNumber(LetterDirection.OUTGOING, 1448, 12)).hasToString("OUT-1448-0012");
        assertThat(new LetterNumber(LetterDirection.OUTGOING, 1449, 12345)).hasToString("OUT-1449-12345");
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(LetterNumber.parse("OUT-1448-0012"))
                .contains(new LetterNumber(LetterDirection.OUTGOING, 1448, 12));
        assertThat(LetterNumber.parse(" IN-1447-10000 ")).contains(new LetterNumber(LetterDirection.INCOMING, 1447, 10000));
    }

    @Test
    void answersNothingForTextThatIsNotALetterNumber() {
        assertThat(LetterNumber.parse("REQ-1448-000001")).isEmpty();
        assertThat(LetterNumber.parse("IN-1448-1")).isEmpty();
        assertThat(LetterNumber.parse("in-1448-0001")).isEmpty();
        assertThat(LetterNumber.parse("IN-1448-0000")).isEmpty();
        assertThat(LetterNumber.parse(null)).isEmpty();
    }

    @Test
    void refusesYearsOutsideUmmAlQuraAndSequencesBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LetterNumber(LetterDirection.INCOMING, 1299, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new LetterNumber(LetterDirection.INCOMING, 1448, 0));
    }

    @Test
    void theHijriYearTurnsOnTheFirstOfMuharram() {
        LocalDate newYear = LocalDate.from(HijrahDate.of(1448, 1, 1));
        assertThat(LetterNumber.hijriYearOf(newYear)).isEqualTo(1448);
        assertThat(LetterNumber.hijriYearOf(newYear.minusDays(1))).isEqualTo(1447);
        assertThat(LetterNumber.hijriYearOf(LocalDate.of(2026, 11, 26))).isEqualTo(1448);
    }

    @Test
    void failsLoudlyOutsideTheUmmAlQuraTable() {
        assertThatIllegalStateException().isThrownBy(() -> LetterNumber.hijriYearOf(LocalDate.of(1850, 1, 1)));
        assertThatIllegalStateException().isThrownBy(() -> LetterNumber.hijriYearOf(LocalDate.of(2200, 1, 1)));
    }
}
