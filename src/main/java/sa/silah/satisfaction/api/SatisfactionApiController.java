package sa.silah.satisfaction.api;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.GroupNames;
import sa.silah.satisfaction.Grouping;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.ApiController;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The satisfaction results for other systems (a dashboard, the board's reports): figures only, never answers. */
@ApiController("/api/v1/satisfaction")
@Tag(name = "Satisfaction", description = "Beneficiary satisfaction results (قياس رضا المستفيدين). Roles MANAGER, "
        + "ADMIN and BOARD: the figures are aggregates with no personal data; figures per staff member are for "
        + "MANAGER only.")
class SatisfactionApiController {

    private final SatisfactionResults results;
    private final GroupNames names;
    private final Clock clock;

    SatisfactionApiController(SatisfactionResults results, GroupNames names, Clock clock) {
        this.results = results;
        this.names = names;
        this.clock = clock;
    }

    /** The figures of one group; all null with withheld true below the minimum number of responses. */
    record GroupResponse(String key, String name, long responses, long invited, Double responseRate, Double csat,
            Double nps, Double resolvedShare, Map<String, Double> averages, boolean withheld) {
    }

    record SummaryResponse(LocalDate from, LocalDate to, String groupBy, int minimumResponses,
            List<GroupResponse> groups) {
    }

    @GetMapping("/summary")
    @Operation(summary = "Satisfaction figures for a period, overall or per group", description = """
            Per group: responses, invited (invitations sent in the period), responseRate (%), csat (% of 4 and 5 \
            on the overall question), nps (% promoters 9–10 less % detractors 0–6), resolvedShare (%), and the mean \
            score per question key (a yes/no question's mean is the share of yes). Below minimumResponses a group \
            keeps its counts but every figure is null and withheld is true. from and to are yyyy-MM-dd, both \
            included (default: the last 90 days up to today, Riyadh). groupBy: service, department, channel, kind, \
            segment, or staff (MANAGER only, else 403); without it one group holds every response. 400 naming \
            from, to or groupBy for a bad value.""")
    SummaryResponse summary(@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-MM-dd") @RequestParam(required = false) String to,
            @Parameter(description = "service | department | channel | kind | segment | staff")
            @RequestParam(required = false) String groupBy, Principal principal) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Grouping> grouping = Optional.empty();
        if (groupBy != null && !groupBy.isBlank()) {
            grouping = Grouping.named(groupBy);
            if (grouping.isEmpty()) {
                problems.add(new FieldProblem("groupBy", "satisfaction.results.groupBy.unknown"));
            }
        }
        ResultsPeriod period = null;
        try {
            period = ResultsPeriod.parse(from, to, LocalDate.now(clock.withZone(Dates.RIYADH)));
        } catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        List<GroupResponse> groups;
        if (grouping.isPresent()) {
            List<Figures> figures = results.breakdown(period, grouping.get(), principal.getName());
            Map<String, String> named = names.of(grouping.get(), figures, LocaleContextHolder.getLocale());
            groups = figures.stream().map(group -> response(group, named.get(group.key()))).toList();
        } else {
            groups = List.of(response(results.summary(period).overall(), null));
        }
        return new SummaryResponse(period.from(), period.to(), grouping.map(Grouping::key).orElse(null),
                results.minimumResponses(), groups);
    }

    private static GroupResponse response(Figures figures, String name) {
        return new GroupResponse(figures.key(), name, figures.responses(), figures.invited(), figures.responseRate(),
                figures.csat(), figures.nps(), figures.resolvedShare(), figures.averages(), figures.withheld());
    }
}
