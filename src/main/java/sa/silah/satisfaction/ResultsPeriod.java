package sa.silah.satisfaction;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The days the results cover, both included: responses given on those days and invitations sent on them (in
 * Riyadh). At most {@link #LONGEST_YEARS} years, which keeps a monthly trend readable.
 */
public record ResultsPeriod(LocalDate from, LocalDate to) {

    /** The days shown when none are chosen: the last 90, today included. */
    public static final int DEFAULT_DAYS = 90;
    static final int LONGEST_YEARS = 5;
    /** Days the Umm al-Qura calendar covers comfortably, so that a Hijri trend can always be drawn. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2150, 12, 31);

    public ResultsPeriod {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a period runs from a day to the same or a later day");
        }
    }

    /**
     * The period typed in a form or a query, each end optional: the end defaults to today and the start to
     * {@link #DEFAULT_DAYS} days before it.
     *
     * @throws InvalidFieldsException naming {@code from} or {@code to} for a date that is not yyyy-MM-dd, a start
     *         after the end, or a period longer than {@link #LONGEST_YEARS} years
     */
    public static ResultsPeriod parse(String from, String to, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate end = date(to, "to", problems);
        LocalDate start = date(from, "from", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        LocalDate last = end != null ? end : today;
        LocalDate first = start != null ? start : last.minusDays(DEFAULT_DAYS - 1);
        if (first.isAfter(last)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("from", "satisfaction.results.period.fromAfterTo")));
        }
        if (first.plusYears(LONGEST_YEARS).isBefore(last)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("from", "satisfaction.results.period.tooLong")));
        }
        return new ResultsPeriod(first, last);
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problems.add(new FieldProblem(field, "satisfaction.results.period.invalidDate"));
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem(field, "satisfaction.results.period.invalidDate"));
            return null;
        }
    }
}
