package sa.silah.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** How long a category of data is kept: at least one month or year, at most fifty years. */
public record RetentionPeriod(int length, RetentionUnit unit) {

    /**
     * The period as typed, checked.
     *
     * @throws InvalidFieldsException on {@code periodLength} and {@code periodUnit}
     */
    public static RetentionPeriod of(Integer length, RetentionUnit unit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (unit == null) {
            problems.add(new FieldProblem("periodUnit", "retention.period.unit.required"));
        }
        if (length == null) {
            problems.add(new FieldProblem("periodLength", "retention.period.required"));
        }
        else if (length < 1) {
            problems.add(new FieldProblem("periodLength", "retention.period.tooShort"));
        }
        else if (unit != null && length > unit.longest()) {
            problems.add(new FieldProblem("periodLength", "retention.period.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new RetentionPeriod(length, unit);
    }

    /** The instant before which data falls under the rule: this long before now, counted in Riyadh's calendar. */
    public Instant cutoff(Instant now) {
        return now.atZone(Dates.RIYADH).minus(length, unit.chronoUnit()).toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
