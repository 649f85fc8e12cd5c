package sa.silah.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A period and a filter as a page or the API asks for them, every problem named at once. */
public record ReportQuery(ReportPeriod period, ReportFilter filter) {

    /**
     * Reads the parameters of a report. A {@code from} or a {@code to} without a preset means a custom range.
     *
     * @throws InvalidFieldsException naming each parameter with a bad value
     */
    public static ReportQuery parse(String preset, String year, String from, String to, String departmentId,
            String serviceId, String channel, String kind, String segmentId, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ReportPeriod period = null;
        boolean custom = (preset == null || preset.isBlank()) && (present(from) || present(to));
        try {
            period = ReportPeriod.parse(custom ? ReportPeriod.Preset.CUSTOM.name() : preset, year, from, to, today);
        } catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        ReportFilter filter = new ReportFilter(id(departmentId, "departmentId", problems), id(serviceId, "serviceId", problems),
                named(Channel.class, channel, "channel", problems), named(RequestKind.class, kind, "kind", problems),
                id(segmentId, "segmentId", problems));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return new ReportQuery(period, filter);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Long id(String value, String field, List<FieldProblem> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new FieldProblem(field, "report.filter.invalid"));
        return null;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (!present(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "report.filter.invalid"));
            return null;
        }
    }
}
