package sa.silah.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.knowledge.KnowledgeReport;
import sa.silah.reporting.ReportSummary.Backlog;
import sa.silah.reporting.ReportSummary.Beneficiaries;
import sa.silah.reporting.ReportSummary.Count;
import sa.silah.reporting.ReportSummary.SatisfactionFigures;
import sa.silah.reporting.ReportSummary.Timeliness;
import sa.silah.reporting.ReportSummary.Voice;
import sa.silah.reporting.ReportSummary.Volume;
import sa.silah.satisfaction.FollowUpScope;
import sa.silah.satisfaction.FollowUpState;
import sa.silah.satisfaction.Grouping;
import sa.silah.satisfaction.ResultsPeriod;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.satisfaction.ServiceRecovery;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/**
 * The figures of a period for managers and the board. Volume and timeliness come from the daily figures (a year
 * is a few thousand rows however many requests it held); the backlog and the beneficiaries served are read from
 * the requests themselves, through their indexes; satisfaction, follow-ups and unanswered inquiries from their
 * modules. Every figure is an aggregate: no name, no request, no answer.
 */
@Service
public class Reports {

    private static final List<String> OPEN = List.of(RequestStatus.SUBMITTED.name(), RequestStatus.IN_PROGRESS.name(),
            RequestStatus.AWAITING_BENEFICIARY.name());

    private final NamedParameterJdbcTemplate jdbc;
    private final DailyFigures dailyFigures;
    private final SatisfactionResults satisfaction;
    private final ServiceRecovery recovery;
    private final KnowledgeReport knowledge;
    private final Clock clock;

    Reports(NamedParameterJdbcTemplate jdbc, DailyFigures dailyFigures, SatisfactionResults satisfaction,
            ServiceRecovery recovery, KnowledgeReport knowledge, Clock clock) {
        this.jdbc = jdbc;
        this.dailyFigures = dailyFigures;
        this.satisfaction = satisfaction;
        this.recovery = recovery;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Every figure of the dashboard, with the daily figures brought up to date first. */
    public ReportSummary summary(ReportPeriod period, ReportFilter filter) {
        Objects.requireNonNull(period);
        ReportFilter chosen = filter == null ? ReportFilter.NONE : filter;
        dailyFigures.refresh();
        DayRows rows = dayRows(period, chosen);
        return new ReportSummary(period, chosen, rows.volume(), timeliness(rows, period, chosen), backlog(chosen),
                beneficiaries(period, chosen), satisfaction(period, chosen), voice(rows, period, chosen));
    }

    /**
     * The sums by kind, channel, service, department and status: from the daily figures, or, narrowed to a segment,
     * from the requests of the beneficiaries in it now.
     */
    private DayRows dayRows(ReportPeriod period, ReportFilter filter) {
        DayRows rows = new DayRows();
        if (filter.segmentId() != null) {
            MapSqlParameterSource parameters = instants(period);
            jdbc.query("""
                    select r.kind, r.channel, r.service_id, r.department_id, r.status, count(*) as requests,
                           sum(case when r.status = 'RESOLVED' and r.business_minutes_to_close is not null
                                     and r.closed_within_due_time = true then 1 else 0 end) as within_due,
                           sum(case when r.status = 'RESOLVED' and r.business_minutes_to_close is not null
                                    then 1 else 0 end) as timed,
                           sum(case when r.status = 'RESOLVED' and r.business_minutes_to_close is not null
                                    then r.business_minutes_to_close else 0 end) as business_minutes
                    from request r where r.submitted_at >= :start and r.submitted_at < :end""" + requestFilter(filter, parameters)
                    + " group by r.kind, r.channel, r.service_id, r.department_id, r.status", parameters,
                    (RowCallbackHandler) rows::add);
            return rows;
        }
        MapSqlParameterSource parameters = days(period);
        jdbc.query("""
                select d.kind, d.channel, d.service_id, d.department_id, d.status, sum(d.requests) as requests,
                       sum(d.within_due) as within_due, sum(d.timed) as timed, sum(d.business_minutes) as business_minutes
                from report_request_day d where d.report_day between :from and :to""" + dimensions(filter, parameters, "d")
                + " group by d.kind, d.channel, d.service_id, d.department_id, d.status", parameters,
                (RowCallbackHandler) rows::add);
        return rows;
    }

    private Timeliness timeliness(DayRows rows, ReportPeriod period, ReportFilter filter) {
        if (rows.timed == 0) {
            return new Timeliness(0, 0, null, null, null);
        }
        return new Timeliness(rows.timed, rows.withinDue, percent(rows.withinDue, rows.timed),
                Math.round(10.0 * rows.businessMinutes / rows.timed / 60) / 10.0, p90Hours(period, filter, rows.timed));
    }

    /**
     * The nearest-rank 90th percentile from the counts of resolved requests per whole business hour: kept per day
     * overall and per kind, channel, service and department; counted from the requests themselves for a segment or
     * for two filters together.
     */
    private Integer p90Hours(ReportPeriod period, ReportFilter filter, long resolved) {
        long rank = (long) Math.ceil(0.9 * resolved);
        long[] seen = { 0 };
        Integer[] hours = { null };
        RowCallbackHandler walk = row -> {
            seen[0] += row.getLong("requests");
            if (hours[0] == null && seen[0] >= rank) {
                hours[0] = row.getInt("business_hours");
            }
        };
        Map<String, String> dimension = resolutionDimension(filter);
        if (dimension == null) {
            MapSqlParameterSource parameters = instants(period);
            jdbc.query("select (r.business_minutes_to_close + 59) / 60 as business_hours, count(*) as requests"
                    + " from request r where r.submitted_at >= :start and r.submitted_at < :end"
                    + " and r.status = 'RESOLVED' and r.business_minutes_to_close is not null"
                    + requestFilter(filter, parameters) + " group by (r.business_minutes_to_close + 59) / 60"
                    + " order by business_hours", parameters, walk);
        } else {
            MapSqlParameterSource parameters = days(period)
                    .addValue("dimension", dimension.keySet().iterator().next())
                    .addValue("value", dimension.values().iterator().next());
            jdbc.query("select d.business_hours, sum(d.requests) as requests from report_resolution_day d"
                    + " where d.dimension = :dimension and d.dimension_value = :value"
                    + " and d.report_day between :from and :to group by d.business_hours order by d.business_hours",
                    parameters, walk);
        }
        return hours[0];
    }

    /** The one dimension the kept resolution counts answer this filter by, or null when they cannot. */
    private static Map<String, String> resolutionDimension(ReportFilter filter) {
        return filter.segmentId() != null ? null : keptDimension(filter);
    }

    /**
     * The one dimension of the request the daily counts are kept by that this filter asks for ({@code ALL} for
     * none), or null for two or more; the segment is left aside.
     */
    private static Map<String, String> keptDimension(ReportFilter filter) {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        if (filter.kind() != null) {
            chosen.put(DailyFigures.Dimension.KIND.name(), filter.kind().name());
        }
        if (filter.channel() != null) {
            chosen.put(DailyFigures.Dimension.CHANNEL.name(), filter.channel().name());
        }
        if (filter.serviceId() != null) {
            chosen.put(DailyFigures.Dimension.SERVICE.name(), filter.serviceId().toString());
        }
        if (filter.departmentId() != null) {
            chosen.put(DailyFigures.Dimension.DEPARTMENT.name(), filter.departmentId().toString());
        }
        if (chosen.size() > 1) {
            return null;
        }
        return chosen.isEmpty() ? Map.of(DailyFigures.Dimension.ALL.name(), "") : chosen;
    }

    private Backlog backlog(ReportFilter filter) {
        Instant now = clock.instant();
        MapSqlParameterSource parameters = new MapSqlParameterSource("open", OPEN);
        StringBuilder bands = new StringBuilder();
        for (AgeBand band : AgeBand.values()) {
            bands.append(", sum(case when r.submitted_at <= :newest_").append(band.ordinal());
            parameters.addValue("newest_" + band.ordinal(), Timestamp.from(now.minus(Duration.ofDays(band.fromDays()))));
            if (band.toDays() != null) {
                bands.append(" and r.submitted_at > :oldest_").append(band.ordinal());
                parameters.addValue("oldest_" + band.ordinal(),
                        Timestamp.from(now.minus(Duration.ofDays(band.toDays() + 1L))));
            }
            bands.append(" then 1 else 0 end) as band_").append(band.ordinal());
        }
        String where = requestFilter(filter, parameters);
        return jdbc.queryForObject("select count(*) as open_requests"
                + ", sum(case when r.sla_state = 'AT_RISK' then 1 else 0 end) as at_risk"
                + ", sum(case when r.sla_state = 'BREACHED' then 1 else 0 end) as breached" + bands
                + " from request r where r.status in (:open)" + where, parameters, (row, n) -> {
                    Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
                    for (AgeBand band : AgeBand.values()) {
                        byAge.put(band, row.getLong("band_" + band.ordinal()));
                    }
                    return new Backlog(row.getLong("open_requests"), byAge, row.getLong("at_risk"),
                            row.getLong("breached"));
                });
    }

    private Beneficiaries beneficiaries(ReportPeriod period, ReportFilter filter) {
        MapSqlParameterSource parameters = instants(period);
        String registeredWhere = filter.segmentId() == null ? ""
                : " and exists (select 1 from beneficiary_segment s where s.beneficiary_id = b.id and s.segment_id = :segment)";
        parameters.addValue("segment", filter.segmentId());
        long registered = jdbc.queryForObject("select count(*) from beneficiary b where b.created_at >= :start"
                + " and b.created_at < :end" + registeredWhere, parameters, Long.class);
        Map<String, String> dimension = keptDimension(filter);
        return dimension != null ? servedFromDays(period, filter, dimension, registered)
                : servedFromRequests(parameters, filter, registered);
    }

    /** Each beneficiary once, from the unions of the days' bitmaps of the filter's dimension and of the segments. */
    private Beneficiaries servedFromDays(ReportPeriod period, ReportFilter filter, Map<String, String> dimension,
            long registered) {
        ServedBeneficiaries served = new ServedBeneficiaries();
        MapSqlParameterSource parameters = days(period).addValue("dimension", dimension.keySet().iterator().next())
                .addValue("value", dimension.values().iterator().next())
                .addValue("segment", DailyFigures.Dimension.SEGMENT.name());
        jdbc.query("""
                select d.dimension, d.dimension_value, d.beneficiaries from report_served_day d
                where d.report_day between :from and :to
                  and ((d.dimension = :dimension and d.dimension_value = :value) or d.dimension = :segment)""",
                parameters, (RowCallbackHandler) row -> served.add(
                        DailyFigures.Dimension.SEGMENT.name().equals(row.getString("dimension"))
                                ? Long.valueOf(row.getString("dimension_value")) : null,
                        row.getBytes("beneficiaries")));
        List<Count> bySegment = new ArrayList<>();
        for (Long segment : served.segments()) {
            if (filter.segmentId() == null || filter.segmentId().equals(segment)) {
                bySegment.add(new Count(segment, served.count(segment)));
            }
        }
        bySegment.removeIf(count -> count.count() == 0);
        return new Beneficiaries(registered, served.count(filter.segmentId()), sortedByCount(bySegment));
    }

    /** Under a filter of the requests, the beneficiaries of those requests, read through their index. */
    private Beneficiaries servedFromRequests(MapSqlParameterSource parameters, ReportFilter filter, long registered) {
        String where = requestFilter(filter, parameters);
        long served = jdbc.queryForObject("select count(*) from (select r.beneficiary_id from request r"
                + " where r.submitted_at >= :start and r.submitted_at < :end and r.beneficiary_id is not null" + where
                + " group by r.beneficiary_id) served", parameters, Long.class);
        List<Count> bySegment = jdbc.query("select s.segment_id, count(*) as served from (select r.beneficiary_id"
                + " from request r where r.submitted_at >= :start and r.submitted_at < :end"
                + " and r.beneficiary_id is not null" + where + " group by r.beneficiary_id) x"
                + " join beneficiary_segment s on s.beneficiary_id = x.beneficiary_id"
                + (filter.segmentId() == null ? "" : " where s.segment_id = :segment")
                + " group by s.segment_id", parameters,
                (row, n) -> new Count(row.getLong("segment_id"), row.getLong("served")));
        return new Beneficiaries(registered, served, sortedByCount(bySegment));
    }

    private SatisfactionFigures satisfaction(ReportPeriod period, ReportFilter filter) {
        Grouping grouping = null;
        String key = null;
        if (filter.serviceId() != null) {
            grouping = Grouping.SERVICE;
            key = filter.serviceId().toString();
        } else if (filter.departmentId() != null) {
            grouping = Grouping.DEPARTMENT;
            key = filter.departmentId().toString();
        } else if (filter.channel() != null) {
            grouping = Grouping.CHANNEL;
            key = filter.channel().name();
        } else if (filter.kind() != null) {
            grouping = Grouping.KIND;
            key = filter.kind().name();
        } else if (filter.segmentId() != null) {
            grouping = Grouping.SEGMENT;
            key = filter.segmentId().toString();
        }
        SatisfactionResults.Overview overview = satisfaction.overview(new ResultsPeriod(period.from(), period.to()),
                period.preset() == ReportPeriod.Preset.HIJRI_YEAR, grouping, key);
        return new SatisfactionFigures(overview.overall(), overview.trend());
    }

    private Voice voice(DayRows rows, ReportPeriod period, ReportFilter filter) {
        FollowUpScope scope = filter.departmentId() == null ? FollowUpScope.everyDepartment()
                : FollowUpScope.managerOf(filter.departmentId());
        return new Voice(rows.statuses(RequestKind.SUGGESTION), rows.statuses(RequestKind.COMPLAINT),
                sortedByCount(rows.services(RequestKind.SUGGESTION)), sortedByCount(rows.services(RequestKind.COMPLAINT)),
                recovery.count(scope, FollowUpState.OPEN), recovery.count(scope, FollowUpState.OVERDUE),
                knowledge.countUnanswered(new KnowledgeReport.Period(period.from(), period.to())));
    }

    /** The filter on the requests ({@code r}). */
    private static String requestFilter(ReportFilter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(dimensions(filter, parameters, "r"));
        if (filter.segmentId() != null) {
            where.append(" and exists (select 1 from beneficiary_segment fs where fs.beneficiary_id = r.beneficiary_id"
                    + " and fs.segment_id = :segment)");
            parameters.addValue("segment", filter.segmentId());
        }
        return where.toString();
    }

    private static String dimensions(ReportFilter filter, MapSqlParameterSource parameters, String alias) {
        StringBuilder where = new StringBuilder();
        if (filter.departmentId() != null) {
            where.append(" and ").append(alias).append(".department_id = :department");
            parameters.addValue("department", filter.departmentId());
        }
        if (filter.serviceId() != null) {
            where.append(" and ").append(alias).append(".service_id = :service");
            parameters.addValue("service", filter.serviceId());
        }
        if (filter.channel() != null) {
            where.append(" and ").append(alias).append(".channel = :channel");
            parameters.addValue("channel", filter.channel().name());
        }
        if (filter.kind() != null) {
            where.append(" and ").append(alias).append(".kind = :kind");
            parameters.addValue("kind", filter.kind().name());
        }
        return where.toString();
    }

    private static MapSqlParameterSource days(ReportPeriod period) {
        return new MapSqlParameterSource("from", period.from()).addValue("to", period.to());
    }

    private static MapSqlParameterSource instants(ReportPeriod period) {
        return new MapSqlParameterSource("start", Timestamp.from(period.from().atStartOfDay(Dates.RIYADH).toInstant()))
                .addValue("end", Timestamp.from(period.to().plusDays(1).atStartOfDay(Dates.RIYADH).toInstant()));
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static List<Count> sortedByCount(List<Count> counts) {
        List<Count> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingLong(Count::count).reversed()
                .thenComparing(Count::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** The summed daily rows, rolled up by each dimension in one pass. */
    private static final class DayRows {

        private long total;
        private long withinDue;
        private long timed;
        private long businessMinutes;
        private final Map<RequestKind, Long> byKind = zeros(RequestKind.class);
        private final Map<Channel, Long> byChannel = zeros(Channel.class);
        private final Map<RequestStatus, Long> byStatus = zeros(RequestStatus.class);
        private final Map<Long, Long> byService = new HashMap<>();
        private final Map<Long, Long> byDepartment = new HashMap<>();
        private final Map<RequestKind, Map<RequestStatus, Long>> statusesByKind = new EnumMap<>(RequestKind.class);
        private final Map<RequestKind, Map<Long, Long>> servicesByKind = new EnumMap<>(RequestKind.class);

        void add(ResultSet row) throws SQLException {
            long requests = row.getLong("requests");
            RequestKind kind = RequestKind.valueOf(row.getString("kind"));
            RequestStatus status = RequestStatus.valueOf(row.getString("status"));
            Long service = row.getObject("service_id", Long.class);
            total += requests;
            withinDue += row.getLong("within_due");
            timed += row.getLong("timed");
            businessMinutes += row.getLong("business_minutes");
            byKind.merge(kind, requests, Long::sum);
            byChannel.merge(Channel.valueOf(row.getString("channel")), requests, Long::sum);
            byStatus.merge(status, requests, Long::sum);
            byService.merge(service, requests, Long::sum);
            byDepartment.merge(row.getObject("department_id", Long.class), requests, Long::sum);
            statusesByKind.computeIfAbsent(kind, k -> zeros(RequestStatus.class)).merge(status, requests, Long::sum);
            servicesByKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(service, requests, Long::sum);
        }

        Volume volume() {
            return new Volume(total, byKind, byChannel, byStatus, sortedByCount(counts(byService)),
                    sortedByCount(counts(byDepartment)));
        }

        Map<RequestStatus, Long> statuses(RequestKind kind) {
            return statusesByKind.getOrDefault(kind, zeros(RequestStatus.class));
        }

        List<Count> services(RequestKind kind) {
            return counts(servicesByKind.getOrDefault(kind, Map.of()));
        }

        private static List<Count> counts(Map<Long, Long> byId) {
            return byId.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue())).toList();
        }

        private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
            Map<E, Long> zeros = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                zeros.put(value, 0L);
            }
            return zeros;
        }
    }
}
