package sa.silah.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.Segment;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.reporting.ReportSummary.Count;
import sa.silah.reporting.ReportTable.Row;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/**
 * A summary as named tables in the reader's language, one per chart: the one shape the dashboard, its exports and
 * the annual report all read, so a figure is worded and linked the same everywhere.
 */
@Component
public class ReportTables {

    private final MessageSource messages;
    private final ServiceCatalog services;
    private final DepartmentManagement departments;
    private final SegmentCatalog segments;
    private final Dates dates;
    private final Clock clock;

    ReportTables(MessageSource messages, ServiceCatalog services, DepartmentManagement departments,
            SegmentCatalog segments, Dates dates, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.services = services;
        this.departments = departments;
        this.segments = segments;
        this.dates = dates;
    }

    public List<ReportTable> of(ReportSummary summary, Locale locale) {
        Names names = names(summary, locale);
        Map<String, String> base = baseParameters(summary);
        ReportSummary.Volume volume = summary.volume();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(byEnum("byKind", volume.byKind(), "requestKind.", "kind", base, locale));
        tables.add(byEnum("byChannel", volume.byChannel(), "channel.", "channel", base, locale));
        tables.add(byEnum("byStatus", volume.byStatus(), "requestStatus.", "status", base, locale));
        tables.add(byId("byService", volume.byService(), names.services(), "service", base, locale));
        tables.add(byId("byDepartment", volume.byDepartment(), names.departments(), "department", base, locale));
        tables.add(timeliness(summary.timeliness(), base, locale));
        tables.add(backlog(summary, locale));
        tables.add(beneficiaries(summary.beneficiaries(), names.segments(), locale));
        tables.add(satisfaction(summary.satisfaction().overall(), locale));
        tables.add(trend(summary.satisfaction().trend(), locale));
        tables.add(byEnum("suggestions", summary.voice().suggestions(), "requestStatus.", "status",
                with(base, "kind", RequestKind.SUGGESTION.name()), locale));
        tables.add(byEnum("complaints", summary.voice().complaints(), "requestStatus.", "status",
                with(base, "kind", RequestKind.COMPLAINT.name()), locale));
        tables.add(byId("suggestionsByService", summary.voice().suggestionsByService(), names.services(), "service",
                with(base, "kind", RequestKind.SUGGESTION.name()), locale));
        tables.add(byId("complaintsByService", summary.voice().complaintsByService(), names.services(), "service",
                with(base, "kind", RequestKind.COMPLAINT.name()), locale));
        tables.add(voice(summary.voice(), locale));
        return tables;
    }

    private <E extends Enum<E>> ReportTable byEnum(String key, Map<E, Long> counts, String prefix, String parameter,
            Map<String, String> base, Locale locale) {
        List<Row> rows = counts.entrySet().stream().map(entry -> new Row(message(prefix + entry.getKey().name(), locale),
                List.<Number>of(entry.getValue()), with(base, parameter, entry.getKey().name()))).toList();
        return table(key, locale, "report.column.requests", rows);
    }

    private ReportTable byId(String key, List<Count> counts, Map<Long, String> names, String parameter,
            Map<String, String> base, Locale locale) {
        List<Row> rows = counts.stream().map(count -> new Row(
                count.id() == null ? message("report.none", locale) : names.getOrDefault(count.id(), count.id().toString()),
                List.<Number>of(count.count()),
                count.id() == null ? Map.of() : with(base, parameter, count.id().toString()))).toList();
        return table(key, locale, "report.column.requests", rows);
    }

    private ReportTable timeliness(ReportSummary.Timeliness timeliness, Map<String, String> base, Locale locale) {
        Map<String, String> resolved = with(base, "status", RequestStatus.RESOLVED.name());
        return table("timeliness", locale, "report.column.value", List.of(
                new Row(message("report.timeliness.resolved", locale), numbers(timeliness.resolved()), resolved),
                new Row(message("report.timeliness.withinDue", locale), numbers(timeliness.resolvedWithinDue()), Map.of()),
                new Row(message("report.timeliness.withinDueRate", locale), numbers(timeliness.resolvedWithinDueRate()), Map.of()),
                new Row(message("report.timeliness.meanHours", locale), numbers(timeliness.meanBusinessHoursToResolve()), Map.of()),
                new Row(message("report.timeliness.p90Hours", locale), numbers(timeliness.p90BusinessHoursToResolve()), Map.of())));
    }

    /** The backlog is of now: its lists are every open request, cut by age, whatever the period. */
    private ReportTable backlog(ReportSummary summary, Locale locale) {
        Map<String, String> open = openRequests(summary);
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        List<Row> rows = new ArrayList<>();
        summary.backlog().byAge().forEach((band, count) -> {
            Map<String, String> ofBand = new LinkedHashMap<>(open);
            ofBand.put("to", today.minusDays(band.fromDays()).toString());
            if (band.toDays() != null) {
                ofBand.put("from", today.minusDays(band.toDays()).toString());
            }
            rows.add(new Row(message("report.ageBand." + band.name(), locale), numbers(count), ofBand));
        });
        rows.add(new Row(message("report.backlog.atRisk", locale), numbers(summary.backlog().atRisk()),
                with(open, "sla", "AT_RISK")));
        rows.add(new Row(message("report.backlog.breached", locale), numbers(summary.backlog().breached()),
                with(open, "sla", "BREACHED")));
        return table("backlog", locale, "report.column.requests", rows);
    }

    private ReportTable beneficiaries(ReportSummary.Beneficiaries beneficiaries, Map<Long, String> segmentNames,
            Locale locale) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(message("report.beneficiaries.registered", locale), numbers(beneficiaries.registered()), Map.of()));
        rows.add(new Row(message("report.beneficiaries.served", locale), numbers(beneficiaries.served()), Map.of()));
        beneficiaries.servedBySegment().forEach(count -> rows.add(new Row(
                message("report.beneficiaries.servedIn", new Object[] { segmentNames.getOrDefault(count.id(), "-") }, locale),
                numbers(count.count()), Map.of())));
        return table("beneficiaries", locale, "report.column.beneficiaries", rows);
    }

    private ReportTable satisfaction(Figures figures, Locale locale) {
        return table("satisfaction", locale, "report.column.value", List.of(
                new Row(message("report.satisfaction.responses", locale), numbers(figures.responses()), Map.of()),
                new Row(message("report.satisfaction.responseRate", locale), numbers(figures.responseRate()), Map.of()),
                new Row(message("report.satisfaction.csat", locale), numbers(figures.csat()), Map.of()),
                new Row(message("report.satisfaction.nps", locale), numbers(figures.nps()), Map.of())));
    }

    private ReportTable trend(List<SatisfactionResults.Month> months, Locale locale) {
        List<Row> rows = months.stream().map(month -> new Row(monthName(month, locale),
                numbers(month.figures().csat(), month.figures().nps(), month.figures().responseRate(),
                        month.figures().responses()), Map.of())).toList();
        return new ReportTable("trend", message("report.table.trend", locale), List.of(
                message("report.column.month", locale), message("report.satisfaction.csat", locale),
                message("report.satisfaction.nps", locale), message("report.satisfaction.responseRate", locale),
                message("report.satisfaction.responses", locale)), rows);
    }

    private ReportTable voice(ReportSummary.Voice voice, Locale locale) {
        return table("followUps", locale, "report.column.value", List.of(
                new Row(message("report.voice.followUpsOpen", locale), numbers(voice.followUpsOpen()), Map.of()),
                new Row(message("report.voice.followUpsOverdue", locale), numbers(voice.followUpsOverdue()), Map.of()),
                new Row(message("report.voice.unansweredInquiries", locale), numbers(voice.unansweredInquiries()), Map.of())));
    }

    private String monthName(SatisfactionResults.Month month, Locale locale) {
        return dates.month(month.firstDay(), month.hijri(), locale);
    }

    private ReportTable table(String key, Locale locale, String valueColumn, List<Row> rows) {
        return new ReportTable(key, message("report.table." + key, locale),
                List.of(message("report.column.item", locale), message(valueColumn, locale)), rows);
    }

    /** The request list behind every request a summary counts: those submitted in its period under its filter. */
    public static Map<String, String> submittedRequests(ReportSummary summary) {
        return baseParameters(summary);
    }

    /** The request list behind the open backlog of a summary: every open request under its filter, now. */
    public static Map<String, String> openRequests(ReportSummary summary) {
        return with(filterParameters(summary.filter()), "open", "true");
    }

    /** The period and the filter as the request list reads them. */
    private static Map<String, String> baseParameters(ReportSummary summary) {
        Map<String, String> parameters = filterParameters(summary.filter());
        parameters.put("from", summary.period().from().toString());
        parameters.put("to", summary.period().to().toString());
        return parameters;
    }

    private static Map<String, String> filterParameters(ReportFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tab", "ALL");
        if (filter.departmentId() != null) {
            parameters.put("department", filter.departmentId().toString());
        }
        if (filter.serviceId() != null) {
            parameters.put("service", filter.serviceId().toString());
        }
        if (filter.channel() != null) {
            parameters.put("channel", filter.channel().name());
        }
        if (filter.kind() != null) {
            parameters.put("kind", filter.kind().name());
        }
        if (filter.segmentId() != null) {
            parameters.put("segment", filter.segmentId().toString());
        }
        return parameters;
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(base);
        parameters.put(name, value);
        return parameters;
    }

    private static List<Number> numbers(Number... values) {
        return java.util.Arrays.asList(values);
    }

    private Names names(ReportSummary summary, Locale locale) {
        List<Long> serviceIds = new ArrayList<>();
        summary.volume().byService().forEach(count -> serviceIds.add(count.id()));
        summary.voice().suggestionsByService().forEach(count -> serviceIds.add(count.id()));
        summary.voice().complaintsByService().forEach(count -> serviceIds.add(count.id()));
        Map<Long, String> serviceNames = services.byId(serviceIds.stream().filter(java.util.Objects::nonNull).distinct()
                .toList()).values().stream().collect(Collectors.toMap(service -> service.getId(),
                        service -> service.name(locale)));
        return new Names(serviceNames, byId(departments.all(), Department::getId, department -> department.name(locale)),
                byId(segments.all(), Segment::getId, segment -> segment.name(locale)));
    }

    private static <T> Map<Long, String> byId(Collection<T> records, Function<T, Long> id, Function<T, String> name) {
        return records.stream().collect(Collectors.toMap(id, name));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private record Names(Map<Long, String> services, Map<Long, String> departments, Map<Long, String> segments) {
    }
}
