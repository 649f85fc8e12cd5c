package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class ResultsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void defaultsToTheLastNinetyDaysUpToToday() {
        assertThat(ResultsPeriod.parse(null, " ", TODAY)).isEqualTo(new ResultsPeriod(TODAY.minusDays(89), TODAY));
        assertThat(ResultsPeriod.parse(null, "2026-03-31", TODAY))
                .isEqualTo(new ResultsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(ResultsPeriod.parse("2026-11-26", "2026-11-26", TODAY)).isEqualTo(new ResultsPeriod(TODAY, TODAY));
    }

    @Test
    void namesEachEndThatIsNotADate() {
        assertThatThrownBy(() -> ResultsPeriod.parse("2026-02-30", "26/11/2026", TODAY))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("from", "to"));
        assertThatThrownBy(() -> ResultsPeriod.parse("1850-01-01", null, TODAY))
                .isInstanceOf(InvalidFieldsException.class);
    }

    @Test
    void refusesAStartAfterTheEndAndAPeriodOverFiveYears() {
        assertThatThrownBy(() -> ResultsPeriod.parse("2026-05-02", "2026-05-01", TODAY))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("from", "satisfaction.results.period.fromAfterTo")));
        assertThatThrownBy(() -> ResultsPeriod.parse("2021-11-25", "2026-11-26", TODAY))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("from", "satisfaction.results.period.tooLong")));
        assertThat(ResultsPeriod.parse("2021-11-26", "2026-11-26", TODAY).from()).isEqualTo(LocalDate.of(2021, 11, 26));
    }
}
