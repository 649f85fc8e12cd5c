package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A retention period is at least one month or year and at most fifty years, counted in Riyadh's calendar. */
class RetentionPeriodTest {

    @Test
    void refusesAPeriodShorterThanOneOrLongerThanFiftyYearsOnItsField() {
        assertThat(problems(0, RetentionUnit.YEARS)).containsExactly(
                new FieldProblem("periodLength", "retention.period.tooShort"));
        assertThat(problems(51, RetentionUnit.YEARS)).containsExactly(
                new FieldProblem("periodLength", "retention.period.tooLong"));
        assertThat(problems(601, RetentionUnit.MONTHS)).containsExactly(
                new FieldProblem("periodLength", "retention.period.tooLong"));
        assertThat(problems(null, null)).containsExactlyInAnyOrder(
                new FieldProblem("periodLength", "retention.period.required"),
                new FieldProblem("periodUnit", "retention.period.unit.required"));
        assertThat(RetentionPeriod.of(600, RetentionUnit.MONTHS)).isEqualTo(new RetentionPeriod(600, RetentionUnit.MONTHS));
        assertThat(RetentionPeriod.of(1, RetentionUnit.YEARS)).isEqualTo(new RetentionPeriod(1, RetentionUnit.YEARS));
    }

    @Test
    void theCutoffIsThePeriodBeforeNowOnRiyadhsCalendar() {
        Instant now = LocalDateTime.of(2026, 3, 1, 0, 30).atZone(Dates.RIYADH).toInstant();

        assertThat(new RetentionPeriod(10, RetentionUnit.YEARS).cutoff(now))
                .isEqualTo(LocalDateTime.of(2016, 3, 1, 0, 30).atZone(Dates.RIYADH).toInstant());
        assertThat(new RetentionPeriod(18, RetentionUnit.MONTHS).cutoff(now))
                .isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 30).atZone(Dates.RIYADH).toInstant());
    }

    private static List<FieldProblem> problems(Integer length, RetentionUnit unit) {
        return catchThrowableOfType(InvalidFieldsException.class, () -> RetentionPeriod.of(length, unit)).problems();
    }
}
