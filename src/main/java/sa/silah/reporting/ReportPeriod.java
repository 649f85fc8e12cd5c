package sa.silah.reporting;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The Riyadh days a report covers, both included, and how they were chosen: this month, last month, this quarter,
 * a Gregorian or a Hijri (Umm al-Qura) year, or a range typed by hand.
 */
public record ReportPeriod(Preset preset, LocalDate from, LocalDate to) {

    /** How a period is chosen. */
    public enum Preset {
        THIS_MONTH, LAST_MONTH, THIS_QUARTER, GREGORIAN_YEAR, HIJRI_YEAR, CUSTOM
    }

    /** The longest range a report covers, which keeps a monthly trend readable. */
    static final int LONGEST_YEARS = 5;
    /** Hijri years the Umm al-Qura calendar of the JDK holds with room on both sides. */
    private static final int FIRST_HIJRI_YEAR = 1320;
    private static final int LAST_HIJRI_YEAR = 1580;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2150;

    public ReportPeriod {
        if (preset == null || from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("a period runs from a day to the same or a later day");
        }
    }

    public static ReportPeriod thisMonth(LocalDate today) {
        return new ReportPeriod(Preset.THIS_MONTH, today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
    }

    public static ReportPeriod lastMonth(LocalDate today) {
        LocalDate day = today.minusMonths(1);
        return new ReportPeriod(Preset.LAST_MONTH, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    public static ReportPeriod thisQuarter(LocalDate today) {
        LocalDate first = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(Preset.THIS_QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod gregorianYear(int year) {
        return new ReportPeriod(Preset.GREGORIAN_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** From 1 Muharram of the Hijri year to the last day of its Dhu al-Hijjah. */
    public static ReportPeriod hijriYear(int hijriYear) {
        LocalDate first = LocalDate.from(HijrahDate.of(hijriYear, 1, 1));
        LocalDate next = LocalDate.from(HijrahDate.of(hijriYear + 1, 1, 1));
        return new ReportPeriod(Preset.HIJRI_YEAR, first, next.minusDays(1));
    }

    /** The Hijri year that holds this day. */
    public static int hijriYearOf(LocalDate day) {
        return HijrahDate.from(day).get(java.time.temporal.ChronoField.YEAR);
    }

    /**
     * The period a form or a query asks for. {@code year} is Gregorian or Hijri by the preset and defaults to the
     * current one; {@code from} and {@code to} (yyyy-MM-dd) are for a custom range only. No preset means this month.
     *
     * @throws InvalidFieldsException naming {@code preset}, {@code year}, {@code from} or {@code to}
     */
    public static ReportPeriod parse(String preset, String year, String from, String to, LocalDate today) {
        Preset chosen = preset(preset);
        return switch (chosen) {
            case THIS_MONTH -> thisMonth(today);
            case LAST_MONTH -> lastMonth(today);
            case THIS_QUARTER -> thisQuarter(today);
            case GREGORIAN_YEAR -> gregorianYear(year(year, today.getYear(), FIRST_YEAR, LAST_YEAR));
            case HIJRI_YEAR -> hijriYear(year(year, hijriYearOf(today), FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR));
            case CUSTOM -> custom(from, to);
        };
    }

    /** The days from a start to an end typed by hand, at most {@link #LONGEST_YEARS} years. */
    public static ReportPeriod custom(String from, String to) {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (start.isAfter(end)) {
            throw invalid("from", "report.period.fromAfterTo");
        }
        if (start.plusYears(LONGEST_YEARS).isBefore(end)) {
            throw invalid("from", "report.period.tooLong");
        }
        return new ReportPeriod(Preset.CUSTOM, start, end);
    }

    /** The Gregorian or Hijri year this period is, or null for the other presets. */
    public Integer year() {
        return switch (preset) {
            case GREGORIAN_YEAR -> from.getYear();
            case HIJRI_YEAR -> hijriYearOf(from);
            default -> null;
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    private static Preset preset(String value) {
        if (value == null || value.isBlank()) {
            return Preset.THIS_MONTH;
        }
        try {
            return Preset.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw invalid("preset", "report.period.unknownPreset");
        }
    }

    private static int year(String value, int current, int first, int last) {
        if (value == null || value.isBlank()) {
            return current;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < first || year > last) {
                throw invalid("year", "report.period.invalidYear");
            }
            return year;
        } catch (NumberFormatException notANumber) {
            throw invalid("year", "report.period.invalidYear");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "report.period.dateRequired");
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw invalid(field, "report.period.invalidDate");
            }
            return date;
        } catch (DateTimeParseException notADate) {
            throw invalid(field, "report.period.invalidDate");
        }
    }

    private static InvalidFieldsException invalid(String field, String message) {
        return new InvalidFieldsException(List.of(new FieldProblem(field, message)));
    }
}
