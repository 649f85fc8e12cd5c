package sa.silah.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.roaringbitmap.RoaringBitmap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import sa.silah.casework.RequestEvents.RequestStatusChanged;
import sa.silah.casework.RequestEvents.RequestSubmitted;
import sa.silah.casework.RequestStatus;
import sa.silah.shared.Dates;

/**
 * Keeps the daily figures ({@code report_request_day}, {@code report_resolution_day}) in step with the requests.
 * <p>
 * A change to a request marks its day of submission in the same transaction ({@code report_change}: one row per
 * change, so busy days never wait on a shared row), and counting a marked day again reads that day's requests
 * afresh. Counting is therefore idempotent: a day counted twice holds the same rows, and a mark is only removed
 * once the count that followed it is committed. The reporting module reads the requests' table but never writes
 * it; it is the read side of casework.
 */
@Component
class DailyFigures {

    /** Days counted in one transaction, so a first count of years of requests never holds a lock for long. */
    private static final int DAYS_PER_TRANSACTION = 31;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DailyFigures(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener
    void on(RequestSubmitted submitted) {
        mark(submitted.requestId(), submitted.submittedAt());
    }

    @EventListener
    void on(RequestStatusChanged changed) {
        mark(changed.requestId(), changed.submittedAt());
    }

    /** A database that has requests but was never counted (Silah before reports, or a restore) is counted whole. */
    @EventListener(ApplicationReadyEvent.class)
    void markEveryDayIfNeverCounted() {
        transaction.executeWithoutResult(status -> {
            boolean counted = jdbc.sql("select count(*) from report_refresh where refreshed_at is not null")
                    .query(Long.class).single() > 0;
            if (counted) {
                return;
            }
            List<Timestamp> span = jdbc.sql("select min(submitted_at) as first_at, max(submitted_at) as last_at from request")
                    .query((row, n) -> row.getTimestamp("first_at") == null ? List.<Timestamp>of()
                            : List.of(row.getTimestamp("first_at"), row.getTimestamp("last_at")))
                    .single();
            if (span.isEmpty()) {
                return;
            }
            List<Object[]> days = new ArrayList<>();
            LocalDate last = dayOf(span.get(1).toInstant());
            for (LocalDate day = dayOf(span.get(0).toInstant()); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new Object[] { day });
            }
            batch.batchUpdate("insert into report_change (report_day) values (?)", days);
        });
    }

    @Scheduled(fixedDelayString = "${silah.reporting.refresh-interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "report-refresh", lockAtMostFor = "PT30M")
    void refreshOnSchedule() {
        refresh();
    }

    /**
     * Counts again every day marked since the last count; a no-op (one query) when nothing changed. Nodes take
     * turns on the {@code report_refresh} row.
     *
     * @return the number of days counted
     */
    int refresh() {
        int counted = 0;
        while (true) {
            Integer days = transaction.execute(status -> countMarkedDays());
            if (days == null || days == 0) {
                return counted;
            }
            counted += days;
        }
    }

    private int countMarkedDays() {
        if (jdbc.sql("select count(*) from report_change").query(Long.class).single() == 0) {
            return 0;
        }
        jdbc.sql("select id from report_refresh where id = 1 for update").query(Integer.class).single();
        Long lastChange = jdbc.sql("select max(id) from report_change").query(Long.class).optional().orElse(null);
        if (lastChange == null) {
            return 0;
        }
        List<LocalDate> days = jdbc.sql("select distinct report_day from report_change where id <= :last order by report_day")
                .param("last", lastChange).query(LocalDate.class).list();
        List<LocalDate> now = days.subList(0, Math.min(DAYS_PER_TRANSACTION, days.size()));
        now.forEach(this::count);
        jdbc.sql("delete from report_change where id <= :last and report_day in (:days)")
                .param("last", lastChange).param("days", now).update();
        jdbc.sql("update report_refresh set refreshed_at = :now where id = 1").param("now", Timestamp.from(clock.instant())).update();
        return now.size();
    }

    private void mark(UUID requestId, Instant submittedAt) {
        Instant day = submittedAt != null ? submittedAt
                : jdbc.sql("select submitted_at from request where id = :id").param("id", requestId)
                        .query((row, n) -> row.getTimestamp("submitted_at").toInstant()).single();
        jdbc.sql("insert into report_change (report_day) values (:day)").param("day", dayOf(day)).update();
    }

    /** The rows of one day, written again from that day's requests. */
    private void count(LocalDate day) {
        Instant start = day.atStartOfDay(Dates.RIYADH).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(Dates.RIYADH).toInstant();
        Map<Key, long[]> requests = new HashMap<>();
        Map<HoursKey, long[]> resolutions = new HashMap<>();
        Map<UUID, Set<Map.Entry<String, String>>> beneficiaries = new HashMap<>();
        jdbc.sql("""
                select r.kind, r.channel, r.service_id, r.department_id, r.status, r.beneficiary_id,
                       r.business_minutes_to_close, r.closed_within_due_time
                from request r where r.submitted_at >= :start and r.submitted_at < :end""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(row -> {
                    Key key = new Key(row.getString("kind"), row.getString("channel"),
                            row.getObject("service_id", Long.class), row.getObject("department_id", Long.class),
                            row.getString("status"));
                    long[] sums = requests.computeIfAbsent(key, k -> new long[4]);
                    sums[0]++;
                    Long minutes = row.getObject("business_minutes_to_close", Long.class);
                    if (RequestStatus.RESOLVED.name().equals(key.status()) && minutes != null) {
                        sums[1] += row.getBoolean("closed_within_due_time") ? 1 : 0;
                        sums[2]++;
                        sums[3] += minutes;
                        key.dimensions().forEach((dimension, value) -> resolutions.computeIfAbsent(
                                new HoursKey(dimension, value, wholeHours(minutes)), k -> new long[1])[0]++);
                    }
                    UUID beneficiary = row.getObject("beneficiary_id", UUID.class);
                    if (beneficiary != null) {
                        beneficiaries.computeIfAbsent(beneficiary, id -> new HashSet<>())
                                .addAll(key.dimensions().entrySet());
                    }
                });
        jdbc.sql("delete from report_request_day where report_day = :day").param("day", day).update();
        jdbc.sql("delete from report_resolution_day where report_day = :day").param("day", day).update();
        jdbc.sql("delete from report_served_day where report_day = :day").param("day", day).update();
        batch.batchUpdate("""
                insert into report_request_day (report_day, kind, channel, service_id, department_id, status, requests,
                    within_due, timed, business_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                requests.entrySet().stream().map(entry -> new Object[] { day, entry.getKey().kind(),
                        entry.getKey().channel(), entry.getKey().serviceId(), entry.getKey().departmentId(),
                        entry.getKey().status(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
                        entry.getValue()[3] }).toList());
        batch.batchUpdate("""
                insert into report_resolution_day (report_day, dimension, dimension_value, business_hours, requests)
                values (?, ?, ?, ?, ?)""",
                resolutions.entrySet().stream().map(entry -> new Object[] { day, entry.getKey().dimension(),
                        entry.getKey().value(), entry.getKey().hours(), entry.getValue()[0] }).toList());
        servedOn(day, start, end, beneficiaries);
    }

    /** The day's beneficiaries as bitmaps of their numbers: overall, per segment, and per value of each dimension. */
    private void servedOn(LocalDate day, Instant start, Instant end, Map<UUID, Set<Map.Entry<String, String>>> beneficiaries) {
        if (beneficiaries.isEmpty()) {
            return;
        }
        Map<UUID, Integer> numbers = numbers(start, end, beneficiaries.keySet());
        Map<Map.Entry<String, String>, RoaringBitmap> bitmaps = new HashMap<>();
        beneficiaries.forEach((beneficiary, dimensions) -> dimensions.forEach(dimension -> bitmaps
                .computeIfAbsent(dimension, d -> new RoaringBitmap()).add(numbers.get(beneficiary))));
        jdbc.sql("""
                select s.segment_id, n.number from beneficiary_segment s
                join report_beneficiary_number n on n.beneficiary_id = s.beneficiary_id
                where s.beneficiary_id in (select r.beneficiary_id from request r
                                           where r.submitted_at >= :start and r.submitted_at < :end)""")
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .query(row -> {
                    bitmaps.computeIfAbsent(Map.entry(Dimension.SEGMENT.name(), Long.toString(row.getLong("segment_id"))),
                            d -> new RoaringBitmap()).add(row.getInt("number"));
                });
        batch.batchUpdate("insert into report_served_day (report_day, dimension, dimension_value, beneficiaries)"
                + " values (?, ?, ?, ?)", bitmaps.entrySet().stream().map(entry -> new Object[] { day,
                        entry.getKey().getKey(), entry.getKey().getValue(), ServedBeneficiaries.bytes(entry.getValue()) })
                .toList());
    }

    /** The numbers of the day's beneficiaries, given to those who have none yet. */
    private Map<UUID, Integer> numbers(Instant start, Instant end, Set<UUID> beneficiaries) {
        String ofTheDay = """
                select n.beneficiary_id, n.number from report_beneficiary_number n
                where n.beneficiary_id in (select r.beneficiary_id from request r
                                           where r.submitted_at >= :start and r.submitted_at < :end)""";
        Map<UUID, Integer> numbers = new HashMap<>();
        RowCallbackHandler collect = row -> numbers.put(row.getObject("beneficiary_id", UUID.class), row.getInt("number"));
        jdbc.sql(ofTheDay).param("start", Timestamp.from(start)).param("end", Timestamp.from(end)).query(collect);
        List<Object[]> missing = beneficiaries.stream().filter(id -> !numbers.containsKey(id))
                .map(id -> new Object[] { id }).toList();
        if (!missing.isEmpty()) {
            batch.batchUpdate("insert into report_beneficiary_number (beneficiary_id) values (?)", missing);
            jdbc.sql(ofTheDay).param("start", Timestamp.from(start)).param("end", Timestamp.from(end)).query(collect);
        }
        return numbers;
    }

    /** Business hours to resolve, rounded up: "resolved within 16 business hours". */
    static int wholeHours(long minutes) {
        return (int) ((minutes + 59) / 60);
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(Dates.RIYADH).toLocalDate();
    }

    private record Key(String kind, String channel, Long serviceId, Long departmentId, String status) {

        /** The dimensions a request is counted under: overall, and by each filter it can be narrowed by. */
        Map<String, String> dimensions() {
            Map<String, String> dimensions = new HashMap<>();
            dimensions.put(Dimension.ALL.name(), "");
            dimensions.put(Dimension.KIND.name(), kind);
            dimensions.put(Dimension.CHANNEL.name(), channel);
            if (serviceId != null) {
                dimensions.put(Dimension.SERVICE.name(), serviceId.toString());
            }
            if (departmentId != null) {
                dimensions.put(Dimension.DEPARTMENT.name(), departmentId.toString());
            }
            return dimensions;
        }
    }

    private record HoursKey(String dimension, String value, int hours) {
    }

    /** What the daily resolution counts and bitmaps of beneficiaries are kept by; segments for beneficiaries only. */
    enum Dimension {
        ALL, KIND, CHANNEL, SERVICE, DEPARTMENT, SEGMENT
    }
}
