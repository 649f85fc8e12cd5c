package sa.silah.reporting;

import java.util.List;
import java.util.Map;

import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.satisfaction.Figures;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.Channel;

/**
 * Where the service stands for a period and a filter: the requests submitted in the period (volume and
 * timeliness), the open backlog now, the beneficiaries, their satisfaction and their voice.
 */
public record ReportSummary(ReportPeriod period, ReportFilter filter, Volume volume, Timeliness timeliness,
        Backlog backlog, Beneficiaries beneficiaries, SatisfactionFigures satisfaction, Voice voice) {

    /** The requests of one service, department or segment; {@code id} null for those with none. */
    public record Count(Long id, long count) {
    }

    /** Every kind, channel and status is present, with zero when none. */
    public record Volume(long total, Map<RequestKind, Long> byKind, Map<Channel, Long> byChannel,
            Map<RequestStatus, Long> byStatus, List<Count> byService, List<Count> byDepartment) {
    }

    /**
     * Of the requests submitted in the period and resolved: the share resolved within their due time (%), and the
     * mean and the 90th percentile (nearest rank, whole hours rounded up) of the business hours they took. Null
     * when none was resolved.
     */
    public record Timeliness(long resolved, long resolvedWithinDue, Double resolvedWithinDueRate,
            Double meanBusinessHoursToResolve, Integer p90BusinessHoursToResolve) {
    }

    /** The requests open now, whatever the period, by how long they have waited; at risk and breached now. */
    public record Backlog(long open, Map<AgeBand, Long> byAge, long atRisk, long breached) {
    }

    /**
     * Beneficiaries registered in the period, and those with a request submitted in it, each counted once overall
     * and once in each of their segments.
     */
    public record Beneficiaries(long registered, long served, List<Count> servedBySegment) {
    }

    /**
     * The satisfaction results of the period and of each month (under the minimum-responses rule), narrowed by the
     * first of the filter's service, department, channel, kind or segment.
     */
    public record SatisfactionFigures(Figures overall, List<SatisfactionResults.Month> trend) {
    }

    /**
     * Suggestions and complaints submitted in the period by status and by the service they are about (their theme);
     * the service-recovery follow-ups open and overdue now; the inquiries of the period no knowledge item answered.
     */
    public record Voice(Map<RequestStatus, Long> suggestions, Map<RequestStatus, Long> complaints,
            List<Count> suggestionsByService, List<Count> complaintsByService, long followUpsOpen,
            long followUpsOverdue, long unansweredInquiries) {
    }
}
