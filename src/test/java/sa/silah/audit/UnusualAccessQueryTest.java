package sa.silah.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class UnusualAccessQueryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void acceptsThresholdsWithinBounds() {
        UnusualAccessQuery query = new UnusualAccessQuery(DAY, DAY.plusDays(91), 1, 1440);
        assertThat(query.window()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void namesEachFieldOutOfItsBounds() {
        assertThatExceptionOfType(InvalidFieldsException.class)
                .isThrownBy(() -> new UnusualAccessQuery(DAY, DAY.minusDays(1), 0, 1441))
                .satisfies(invalid -> assertThat(invalid.problems()).containsExactly(
                        new FieldProblem("to", "audit.filter.toBeforeFrom"),
                        new FieldProblem("records", "audit.unusual.recordsOutOfRange"),
                        new FieldProblem("minutes", "audit.unusual.minutesOutOfRange")));
    }

    @Test
    void refusesAPeriodLongerThanAQuarterAndAMissingDay() {
        assertThatExceptionOfType(InvalidFieldsException.class)
                .isThrownBy(() -> new UnusualAccessQuery(DAY, DAY.plusDays(92), 30, 60))
                .satisfies(invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("to", "audit.unusual.periodTooLong")));
        assertThatExceptionOfType(InvalidFieldsException.class)
                .isThrownBy(() -> new UnusualAccessQuery(null, DAY, 30, 60))
                .satisfies(invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("from", "audit.filter.required")));
    }

    @Test
    void aFilterEndingBeforeItStartsIsRefusedAndBlanksMatchEverything() {
        assertThatExceptionOfType(InvalidFieldsException.class)
                .isThrownBy(() -> new AuditFilter(null, null, null, null, DAY, DAY.minusDays(1)));
        assertThat(new AccessFilter("  ", "", " x ", null, DAY, DAY)).isEqualTo(
                new AccessFilter(null, null, "x", null, DAY, DAY));
    }
}
