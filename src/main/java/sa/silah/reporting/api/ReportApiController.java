package sa.silah.reporting.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.reporting.ReportQuery;
import sa.silah.reporting.ReportSummary;
import sa.silah.reporting.Reports;
import sa.silah.shared.ApiController;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/** The headline figures of a period for other systems: aggregates only, never a person or a request. */
@ApiController("/api/v1/reports")
@Tag(name = "Reports", description = "Figures of requests and satisfaction for managers and the board (roles "
        + "MANAGER, BOARD and ADMIN). Aggregates only.")
class ReportApiController {

    private final Reports reports;
    private final Clock clock;

    ReportApiController(Reports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    record SummaryResponse(LocalDate from, LocalDate to, long requestsTotal, Map<RequestKind, Long> byKind,
            Map<Channel, Long> byChannel, Map<RequestStatus, Long> byStatus, Double resolvedWithinDueRate,
            Double meanBusinessHoursToResolve, Integer p90BusinessHoursToResolve, Double csat, Double nps) {
    }

    @GetMapping("/summary")
    @Operation(summary = "The requests submitted in a period and their satisfaction", description = """
            Counts the requests submitted from `from` to `to` (yyyy-MM-dd, Riyadh days, both included; without \
            them the current month): requestsTotal, byKind, byChannel (all seven channels, zero included) and \
            byStatus (current status). Of those resolved: resolvedWithinDueRate (% resolved within their due time), \
            meanBusinessHoursToResolve and p90BusinessHoursToResolve (nearest rank, whole business hours rounded \
            up); null when none was resolved. csat (% of 4 and 5 on the overall question) and nps (% promoters \
            less % detractors) of the responses given in the period, null below the minimum number of responses. \
            Optional filters: departmentId, serviceId, channel, kind, segmentId (the beneficiary's). A bad value \
            answers 400 naming the parameter.""")
    SummaryResponse summary(@Parameter(description = "first day, yyyy-MM-dd") @RequestParam(required = false) String from,
            @Parameter(description = "last day, yyyy-MM-dd") @RequestParam(required = false) String to,
            @RequestParam(required = false) String departmentId, @RequestParam(required = false) String serviceId,
            @Parameter(description = "one of the seven channels, e.g. PHONE") @RequestParam(required = false) String channel,
            @Parameter(description = "SERVICE, INQUIRY, SUGGESTION, COMPLAINT or VOLUNTEERING")
            @RequestParam(required = false) String kind, @RequestParam(required = false) String segmentId) {
        ReportQuery query = ReportQuery.parse(null, null, from, to, departmentId, serviceId, channel, kind, segmentId,
                LocalDate.now(clock.withZone(Dates.RIYADH)));
        ReportSummary summary = reports.summary(query.period(), query.filter());
        return new SummaryResponse(summary.period().from(), summary.period().to(), summary.volume().total(),
                summary.volume().byKind(), summary.volume().byChannel(), summary.volume().byStatus(),
                summary.timeliness().resolvedWithinDueRate(), summary.timeliness().meanBusinessHoursToResolve(),
                summary.timeliness().p90BusinessHoursToResolve(), summary.satisfaction().overall().csat(),
                summary.satisfaction().overall().nps());
    }
}
