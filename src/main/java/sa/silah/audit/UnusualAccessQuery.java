package sa.silah.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The unusual-access report asked for: accounts that opened more than {@code records} distinct records within
 * {@code minutes} minutes, in windows starting on the Riyadh days {@code from} to {@code to} included. Bounded so
 * that a report stays a report: a window of at most a day, a period of at most {@value #MAX_DAYS} days.
 *
 * @throws InvalidFieldsException naming each field out of its bounds
 */
public record UnusualAccessQuery(LocalDate from, LocalDate to, int records, int minutes) {

    public static final int MAX_RECORDS = 10_000;
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_DAYS = 92;

    public UnusualAccessQuery {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "audit.filter.required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "audit.filter.required"));
        }
        else if (from != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "audit.filter.toBeforeFrom"));
        }
        else if (from != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            problems.add(new FieldProblem("to", "audit.unusual.periodTooLong"));
        }
        if (records < 1 || records > MAX_RECORDS) {
            problems.add(new FieldProblem("records", "audit.unusual.recordsOutOfRange"));
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(new FieldProblem("minutes", "audit.unusual.minutesOutOfRange"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    public Duration window() {
        return Duration.ofMinutes(minutes);
    }
}
