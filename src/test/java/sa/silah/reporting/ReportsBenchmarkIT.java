package sa.silah.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sa.silah.catalog.Department;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceDetails;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestDatabase;

/**
 * How fast the dashboard answers for a year of 1,000,000 requests on PostgreSQL, stated against raw baselines read
 * in the same run on the same data: one count over the year's requests, and the same figures grouped straight from
 * the requests (what the daily figures spare). The year also holds the satisfaction surveys of its closed requests. Not part of the suite: run it alone with
 * {@code ./mvnw verify -Dit.test=ReportsBenchmarkIT -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsilah.benchmark=true}; it writes {@code target/benchmarks/reports.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "silah.benchmark", matches = "true")
class ReportsBenchmarkIT {

    private static final int REQUESTS = 1_000_000;
    private static final int BENEFICIARIES = 200_000;
    private static final int RUNS = 7;

    @Autowired
    Reports reports;
    @Autowired
    DailyFigures dailyFigures;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    ServiceCatalog services;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardOfAYearOfAMillionRequests() throws IOException {
        assumeTrue(TestDatabase.postgresRequested(), "the target is PostgreSQL's");
        List<Long> serviceIds = catalog();
        long loadStart = System.nanoTime();
        load(serviceIds);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        jdbc.sql("insert into report_change (report_day) select d::date from generate_series(date '2025-01-01',"
                + " date '2025-12-31', interval '1 day') d").update();
        long countStart = System.nanoTime();
        int days = dailyFigures.refresh();
        double countSeconds = (System.nanoTime() - countStart) / 1e9;
        long dayRows = jdbc.sql("select count(*) from report_request_day").query(Long.class).single();
        long hourRows = jdbc.sql("select count(*) from report_resolution_day").query(Long.class).single();

        ReportPeriod year = ReportPeriod.gregorianYear(2025);
        ReportFilter oneDepartment = new ReportFilter(
                jdbc.sql("select department_id from service_offering where id = :id").param("id", serviceIds.get(0))
                        .query(Long.class).single(), null, null, null, null);
        double dashboard = median(() -> reports.summary(year, ReportFilter.NONE).volume().total());
        double filtered = median(() -> reports.summary(year, oneDepartment).volume().total());
        double rawCount = median(() -> jdbc.sql("select count(*) from request where submitted_at >= :start"
                + " and submitted_at < :end").param("start", start(2025)).param("end", start(2026))
                .query(Long.class).single());
        double rawGrouped = median(() -> (long) jdbc.sql("select kind, channel, service_id, department_id, status,"
                + " count(*), sum(business_minutes_to_close) from request where submitted_at >= :start"
                + " and submitted_at < :end group by kind, channel, service_id, department_id, status")
                .param("start", start(2025)).param("end", start(2026)).query().listOfRows().size());
        long total = reports.summary(year, ReportFilter.NONE).volume().total();

        String result = String.format(Locale.ROOT, """
                # Reports benchmark (PostgreSQL, %d cores)

                | measure | value |
                |---|---|
                | requests in 2025 | %,d |
                | loading them (SQL, not timed as a target) | %.1f s |
                | first count of the year's daily figures (%d days) | %.1f s |
                | daily rows / resolution rows | %,d / %,d |
                | survey invitations / responses | %,d / %,d |
                | dashboard summary of the year, median of %d | %.0f ms |
                | same, one department | %.0f ms |
                | raw baseline: count(*) of the year's requests | %.0f ms |
                | raw baseline: the volume figures grouped from the requests | %.0f ms |
                | dashboard / raw count | %.2f |
                | dashboard / raw grouped | %.2f |
                """, Runtime.getRuntime().availableProcessors(), total, loadSeconds, days, countSeconds, dayRows,
                hourRows, count("survey_invitation"), count("survey_response"), RUNS, dashboard, filtered, rawCount,
                rawGrouped, dashboard / rawCount, dashboard / rawGrouped);
        Path file = Path.of("target", "benchmarks", "reports.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, result);
        System.out.println(result);
        assertThat(total).isEqualTo(REQUESTS);
    }

    private List<Long> catalog() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        List<Long> ids = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            Department department = departments.create("BD" + d + suffix, "إدارة " + d, "Department " + d);
            for (int s = 0; s < 4; s++) {
                ids.add(services.create(new ServiceDetails("BS" + d + s + suffix, "خدمة " + d + s, "Service " + d + s,
                        null, null, department.getCode(), "P5D", List.of(), List.of(), true, true)).getId());
            }
        }
        return ids;
    }

    /**
     * A year as an association would have it: a service decides the department, a few services and channels carry
     * most requests, most requests are resolved, some wait.
     */
    private void load(List<Long> serviceIds) {
        jdbc.sql("""
                insert into beneficiary (id, type, full_name, search_name, created_at, created_by, updated_at, updated_by,
                                         version)
                select gen_random_uuid(), 'INDIVIDUAL', 'مستفيد ' || i, 'مستفيد ' || i,
                       timestamptz '2024-06-01' + (i % 500) * interval '1 day', 'benchmark',
                       timestamptz '2024-06-01', 'benchmark', 0
                from generate_series(1, :count) i""").param("count", BENEFICIARIES).update();
        jdbc.sql("""
                insert into beneficiary_segment (beneficiary_id, segment_id)
                select b.id, (select min(id) from segment) + (abs(hashtext(b.id::text)) % 5)
                from beneficiary b where b.created_by = 'benchmark'""").update();
        jdbc.sql("create temporary table bench_service (n int, id bigint, department_id bigint)").update();
        for (int i = 0; i < serviceIds.size(); i++) {
            jdbc.sql("insert into bench_service select :n, id, department_id from service_offering where id = :id")
                    .param("n", i).param("id", serviceIds.get(i)).update();
        }
        jdbc.sql("create temporary table bench_beneficiary as select row_number() over () as n, id from beneficiary"
                + " where created_by = 'benchmark'").update();
        jdbc.sql("""
                insert into request (id, reference_number, kind, channel, beneficiary_id, service_id, subject, priority,
                    department_id, status, submitted_at, submitted_by, promised_minutes, due_at, at_risk_at,
                    paused_minutes, sla_state, closed_at, business_minutes_to_close, closed_within_due_time, reopened,
                    version)
                select gen_random_uuid(), 'B-' || g.i,
                       (array['SERVICE','SERVICE','SERVICE','SERVICE','SERVICE','SERVICE','SERVICE','INQUIRY','INQUIRY',
                              'COMPLAINT','SUGGESTION','VOLUNTEERING'])[1 + g.i % 12],
                       (array['WEBSITE','WEBSITE','WEBSITE','PHONE','PHONE','INTERVIEW','SOCIAL_MEDIA','LETTER',
                              'ASSISTANCE_REQUEST','VOLUNTEERING'])[1 + (g.i / 7) % 10],
                       b.id, s.id, 'طلب ' || g.i, 'NORMAL', s.department_id,
                       case when g.i % 20 = 0 then 'IN_PROGRESS' when g.i % 31 = 0 then 'REJECTED'
                            when g.i % 47 = 0 then 'CANCELLED' else 'RESOLVED' end,
                       g.at, 'benchmark', 2400, g.at + interval '5 days', g.at + interval '4 days', 0,
                       case when g.i % 40 = 0 then 'BREACHED' else 'ON_TRACK' end,
                       g.at + interval '3 days', (g.i::bigint * 7919) % 4800, (g.i::bigint * 7919) % 4800 < 2400, false, 0
                from (select i, timestamptz '2025-01-01 05:00:00+03' + (i % 365) * interval '1 day'
                                + ((i / 365) % 600) * interval '1 minute' as at
                      from generate_series(1, :count) i) g
                join bench_service s on s.n = (case when g.i % 3 = 0 then 0 when g.i % 5 = 0 then 1
                                                    else (g.i / 11) % 24 end)
                join bench_beneficiary b on b.n = 1 + g.i % :beneficiaries""")
                .param("count", REQUESTS).param("beneficiaries", BENEFICIARIES).update();
        surveys();
        // A live database's autovacuum keeps the visibility map that index-only scans rely on.
        jdbc.sql("vacuum analyze").update();
    }

    /** An invitation for each closed request, three in ten answered, seven scored questions per response. */
    private void surveys() {
        jdbc.sql("""
                insert into survey_invitation (id, token, survey_id, purpose, request_id, closure_request_id,
                    beneficiary_id, language, service_id, department_id, request_kind, channel, created_at, expires_at,
                    answered_at, version)
                select gen_random_uuid(), md5(r.id::text), (select min(id) from survey), 'REQUEST', r.id, r.id,
                       r.beneficiary_id, 'ar', r.service_id, r.department_id, r.kind, r.channel, r.closed_at,
                       r.closed_at + interval '14 days',
                       case when abs(hashtext(r.id::text)) % 10 < 3 then r.closed_at + interval '1 day' end, 0
                from request r where r.status in ('RESOLVED', 'REJECTED') and r.submitted_by = 'benchmark'""").update();
        jdbc.sql("""
                insert into survey_response (id, survey_id, invitation_id, request_id, beneficiary_id, anonymous, purpose,
                    submitted_on, service_id, department_id, request_kind, channel, overall_score, resolved,
                    recommend_score)
                select gen_random_uuid(), i.survey_id, i.id, i.request_id, i.beneficiary_id, false, 'REQUEST',
                       (i.answered_at at time zone 'Asia/Riyadh')::date, i.service_id, i.department_id, i.request_kind,
                       i.channel, 1 + abs(hashtext(i.token)) % 5, abs(hashtext(i.token)) % 7 > 0,
                       abs(hashtext(i.token)) % 11
                from survey_invitation i where i.answered_at is not null""").update();
        jdbc.sql("""
                insert into survey_answer (response_id, question_key, type, score)
                select r.id, q.k, q.t, case when q.t = 'RATING' then 1 + abs(hashtext(r.id::text || q.k)) % 5
                                            when q.t = 'LIKELIHOOD' then r.recommend_score
                                            when r.resolved then 1 else 0 end
                from survey_response r cross join (values ('overall', 'RATING'), ('resolved', 'YES_NO'),
                    ('speed', 'RATING'), ('courtesy', 'RATING'), ('clarity', 'RATING'), ('ease', 'RATING'),
                    ('recommend', 'LIKELIHOOD')) q(k, t)""").update();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static java.sql.Timestamp start(int year) {
        return java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(sa.silah.shared.Dates.RIYADH).toInstant());
    }

    /** The median wall time of a few runs after one warm-up, in milliseconds. */
    private static double median(Supplier<Long> run) {
        run.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }
}
