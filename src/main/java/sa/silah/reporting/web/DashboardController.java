package sa.silah.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.reporting.ReportPeriod;
import sa.silah.reporting.ReportQuery;
import sa.silah.reporting.ReportSummary;
import sa.silah.reporting.ReportTables;
import sa.silah.reporting.Reports;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;

/**
 * The dashboard of managers and the board: the figures of a period as headline cards, charts and the tables
 * beneath them, each figure linked to the requests behind it for those who may read the requests.
 */
@Controller
@RequestMapping("/reports")
class DashboardController {

    /** The request list is personal data: only the roles that work on requests are sent to it. */
    private static final Set<String> CASEWORKER_ROLES = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_OFFICER",
            "ROLE_STAFF");

    private final Reports reports;
    private final ReportTables tables;
    private final DepartmentManagement departments;
    private final ServiceCatalog services;
    private final SegmentCatalog segments;
    private final SatisfactionResults satisfaction;
    private final MessageSource messages;
    private final Clock clock;

    DashboardController(Reports reports, ReportTables tables, DepartmentManagement departments,
            ServiceCatalog services, SegmentCatalog segments, SatisfactionResults satisfaction, MessageSource messages,
            Clock clock) {
        this.satisfaction = satisfaction;
        this.messages = messages;
        this.reports = reports;
        this.tables = tables;
        this.departments = departments;
        this.services = services;
        this.segments = segments;
        this.clock = clock;
    }

    /** A table's row as the charts read it: the link is the request list behind it, or null. */
    record ChartRow(String label, List<Number> values, String link) {
    }

    record ChartTable(String key, String title, List<String> columns, List<ChartRow> rows) {
    }

    /** A headline figure; a null value shows as a dash. */
    record Headline(String id, String labelKey, Object value, String unitKey, String link) {
    }

    @GetMapping
    String dashboard(ReportParameters parameters, Authentication authentication, Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        ReportQuery query = query(parameters, problems);
        ReportSummary summary = reports.summary(query.period(), query.filter());
        boolean linked = readsRequests(authentication);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, ChartTable> byKey = chartTables(summary, locale, linked).stream()
                .collect(Collectors.toMap(ChartTable::key, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        model.addAttribute("parameters", parameters);
        model.addAttribute("fieldProblems", problems);
        model.addAttribute("summary", summary);
        model.addAttribute("period", summary.period());
        model.addAttribute("headlines", headlines(summary, linked));
        model.addAttribute("tables", byKey);
        model.addAttribute("presets", ReportPeriod.Preset.values());
        model.addAttribute("filters", filters(parameters, locale));
        model.addAttribute("query", canonical(summary));
        model.addAttribute("linked", linked);
        model.addAttribute("minimumResponses", satisfaction.minimumResponses());
        return "reporting/dashboard";
    }

    /** A choice of a filter's list: the value sent and the name shown. */
    record Choice(String value, String label) {
    }

    /** One filter of the form: its parameter, label, width, the value chosen and its choices. */
    record Filter(String name, String labelKey, String width, String selected, List<Choice> choices) {
    }

    private List<Filter> filters(ReportParameters parameters, Locale locale) {
        return List.of(
                new Filter("departmentId", "request.department", "col-md-3", parameters.departmentId(),
                        departments.all().stream().map(d -> new Choice(d.getId().toString(), d.name(locale))).toList()),
                new Filter("serviceId", "request.service", "col-md-3", parameters.serviceId(),
                        services.active().stream().map(s -> new Choice(s.getId().toString(), s.name(locale))).toList()),
                new Filter("channel", "request.channel", "col-md-2", parameters.channel(), Stream.of(Channel.values())
                        .map(c -> new Choice(c.name(), message("channel." + c.name(), locale))).toList()),
                new Filter("kind", "request.kind", "col-md-2", parameters.kind(), Stream.of(RequestKind.values())
                        .map(k -> new Choice(k.name(), message("requestKind." + k.name(), locale))).toList()),
                new Filter("segmentId", "field.segments", "col-md-2", parameters.segmentId(),
                        segments.active().stream().map(g -> new Choice(g.getId().toString(), g.name(locale))).toList()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The tables the charts draw, for the same parameters as the page (the default period when they are bad). */
    @GetMapping("/data")
    @ResponseBody
    List<ChartTable> data(ReportParameters parameters, Authentication authentication) {
        ReportQuery query = query(parameters, new LinkedHashMap<>());
        ReportSummary summary = reports.summary(query.period(), query.filter());
        return chartTables(summary, LocaleContextHolder.getLocale(), readsRequests(authentication));
    }

    /** The query asked for, or this month with no filter beside the problems of what was typed. */
    private ReportQuery query(ReportParameters parameters, Map<String, String> problems) {
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        try {
            return parameters.query(today);
        } catch (InvalidFieldsException invalid) {
            invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.messageKey()));
            return new ReportParameters(null, null, null, null, null, null, null, null, null).query(today);
        }
    }

    private List<ChartTable> chartTables(ReportSummary summary, Locale locale, boolean linked) {
        return tables.of(summary, locale).stream().map(table -> new ChartTable(table.key(), table.title(),
                table.columns(), table.rows().stream().map(row -> new ChartRow(row.label(), row.values(),
                        linked ? link(row.requests()) : null)).toList())).toList();
    }

    private static List<Headline> headlines(ReportSummary summary, boolean linked) {
        ReportSummary.Timeliness timeliness = summary.timeliness();
        var overall = summary.satisfaction().overall();
        Map<String, String> open = ReportTables.openRequests(summary);
        Map<String, String> breached = new LinkedHashMap<>(open);
        breached.put("sla", "BREACHED");
        return List.of(
                new Headline("total", "report.headline.total", summary.volume().total(), null,
                        linked ? link(ReportTables.submittedRequests(summary)) : null),
                new Headline("withinDue", "report.headline.withinDue", timeliness.resolvedWithinDueRate(),
                        "report.unit.percent", null),
                new Headline("meanHours", "report.headline.meanHours", timeliness.meanBusinessHoursToResolve(),
                        "report.unit.hours", null),
                new Headline("p90Hours", "report.headline.p90Hours", timeliness.p90BusinessHoursToResolve(),
                        "report.unit.hours", null),
                new Headline("csat", "report.headline.csat", overall.csat(), "report.unit.percent", null),
                new Headline("nps", "report.headline.nps", overall.nps(), null, null),
                new Headline("open", "report.headline.open", summary.backlog().open(), null,
                        linked ? link(open) : null),
                new Headline("breached", "report.headline.breached", summary.backlog().breached(), null,
                        linked ? link(breached) : null));
    }

    /** The period and the filter shown, as parameters the exports and the charts read the same way. */
    private static String canonical(ReportSummary summary) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("preset", summary.period().preset().name());
        if (summary.period().year() != null) {
            query.queryParam("year", summary.period().year());
        }
        query.queryParam("from", summary.period().from()).queryParam("to", summary.period().to());
        var filter = summary.filter();
        if (filter.departmentId() != null) {
            query.queryParam("departmentId", filter.departmentId());
        }
        if (filter.serviceId() != null) {
            query.queryParam("serviceId", filter.serviceId());
        }
        if (filter.channel() != null) {
            query.queryParam("channel", filter.channel().name());
        }
        if (filter.kind() != null) {
            query.queryParam("kind", filter.kind().name());
        }
        if (filter.segmentId() != null) {
            query.queryParam("segmentId", filter.segmentId());
        }
        return query.build().encode().getQuery();
    }

    private static String link(Map<String, String> requests) {
        if (requests.isEmpty()) {
            return null;
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/inbox");
        requests.forEach(link::queryParam);
        return link.build().encode().toUriString();
    }

    private static boolean readsRequests(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(CASEWORKER_ROLES::contains);
    }
}
