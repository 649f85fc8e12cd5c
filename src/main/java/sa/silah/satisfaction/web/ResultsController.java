package sa.silah.satisfaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.GroupNames;
import sa.silah.satisfaction.Grouping;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.satisfaction.SatisfactionResults.Comment;
import sa.silah.satisfaction.SatisfactionResults.CommentQuery;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;

/**
 * The satisfaction results' pages: the figures for managers (and, without anything per person, for
 * administrators and the board), the comments for managers, and each staff member's own figures.
 */
@Controller
@RequestMapping("/satisfaction")
class ResultsController {

    private static final int PAGE_SIZE = 25;
    /** The breakdowns everyone reading the results sees; managers also see one per staff member. */
    private static final List<Grouping> SHARED_BREAKDOWNS = List.of(Grouping.SERVICE, Grouping.DEPARTMENT,
            Grouping.CHANNEL, Grouping.KIND, Grouping.SEGMENT);

    private final SatisfactionResults results;
    private final GroupNames names;
    private final ServiceCatalog services;
    private final DepartmentManagement departments;
    private final Dates dates;
    private final Clock clock;

    ResultsController(SatisfactionResults results, GroupNames names, ServiceCatalog services,
            DepartmentManagement departments, Dates dates, Clock clock) {
        this.dates = dates;
        this.results = results;
        this.names = names;
        this.services = services;
        this.departments = departments;
        this.clock = clock;
    }

    /** A breakdown's rows with their names. */
    record Breakdown(Grouping grouping, List<Row> rows) {
    }

    record Row(String name, Figures figures) {
    }

    /** A month of the trend named in the chosen calendar, with the other calendar beside it. */
    record TrendRow(String name, String other, Figures figures) {
    }

    @GetMapping
    String results(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "gregorian") String calendar, Principal principal, Model model) {
        ResultsPeriod period = period(from, to, model);
        boolean hijri = "hijri".equals(calendar);
        boolean manager = results.isManager(principal.getName());
        Locale locale = LocaleContextHolder.getLocale();
        List<Grouping> shown = new ArrayList<>(SHARED_BREAKDOWNS);
        if (manager) {
            shown.add(Grouping.STAFF);
        }
        List<Breakdown> breakdowns = shown.stream().map(grouping -> {
            List<Figures> groups = results.breakdown(period, grouping, principal.getName());
            Map<String, String> named = names.of(grouping, groups, locale);
            return new Breakdown(grouping, groups.stream().map(group -> new Row(named.get(group.key()), group)).toList());
        }).toList();
        model.addAttribute("period", period);
        model.addAttribute("calendar", hijri ? "hijri" : "gregorian");
        model.addAttribute("summary", results.summary(period));
        model.addAttribute("trend", results.trend(period, hijri).stream().map(month -> trendRow(month, locale)).toList());
        model.addAttribute("breakdowns", breakdowns);
        model.addAttribute("manager", manager);
        return "satisfaction/results";
    }

    @GetMapping("/comments")
    String comments(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long service, @RequestParam(required = false) Long department,
            @RequestParam(required = false) Integer score, @RequestParam(defaultValue = "0") int page, Model model) {
        ResultsPeriod period = period(from, to, model);
        Integer overall = score != null && score >= 1 && score <= 5 ? score : null;
        Page<Comment> comments = results.comments(new CommentQuery(period, service, department, overall),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("period", period);
        model.addAttribute("service", service);
        model.addAttribute("department", department);
        model.addAttribute("score", overall);
        model.addAttribute("comments", comments);
        model.addAttribute("services", services.active());
        model.addAttribute("departments", departments.all());
        model.addAttribute("serviceNames", names.services(comments.stream().map(Comment::serviceId)
                .filter(Objects::nonNull).distinct().toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name(locale))));
        return "satisfaction/comments";
    }

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Principal principal, Model model) {
        ResultsPeriod period = period(from, to, model);
        SatisfactionResults.OwnResults own = results.mine(period, principal.getName());
        model.addAttribute("period", period);
        model.addAttribute("own", own);
        model.addAttribute("departmentName", names.department(own.departmentId(), LocaleContextHolder.getLocale()));
        model.addAttribute("minimumResponses", results.minimumResponses());
        model.addAttribute("questions", results.questions());
        return "satisfaction/mine";
    }

    /** The period asked for, or the default one beside the problems of what was typed. */
    private ResultsPeriod period(String from, String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Dates.RIYADH));
        try {
            return ResultsPeriod.parse(from, to, today);
        } catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
            return ResultsPeriod.parse(null, null, today);
        }
    }

    private TrendRow trendRow(SatisfactionResults.Month month, Locale locale) {
        String inGregorian = span(month, false, locale);
        String inHijri = span(month, true, locale);
        return month.hijri() ? new TrendRow(inHijri, inGregorian, month.figures())
                : new TrendRow(inGregorian, inHijri, month.figures());
    }

    /** A month's name, or two when its days fall in two months of the other calendar. */
    private String span(SatisfactionResults.Month month, boolean hijri, Locale locale) {
        String start = dates.month(month.firstDay(), hijri, locale);
        String end = dates.month(month.lastDay(), hijri, locale);
        return start.equals(end) ? start : start + " – " + end;
    }
}
