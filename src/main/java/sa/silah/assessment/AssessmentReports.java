package sa.silah.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.Dates;

/**
 * The needs assessment's reports: how many beneficiaries are of each need level by segment and by city, and who is
 * due or overdue for a new assessment. A beneficiary counts by their latest verified assessment, as
 * {@link NeedAssessments#valid} reads it: of its level while it is valid, as lapsed once its validity has passed
 * (whatever waits for verification after it), as not assessed without one. The population is the individuals whose
 * record is not erased: organisations are not assessed, and an erased person is no longer followed. Every table is
 * one SQL query over the beneficiary registry's tables (read here, never written) and the assessments.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReports {

    /** The furthest ahead the re-assessment list looks, in days. */
    public static final int MAX_DAYS = 365;

    /** Each beneficiary's latest verified assessment; the id breaks a tie of two verified at the same instant. */
    private static final String LATEST = """
            (select a.beneficiary_id, a.need_level, a.valid_until, a.via, a.assessed_by, a.verified_by
             from assessment a
             where a.status = 'VERIFIED' and not exists (select 1 from assessment n
                 where n.beneficiary_id = a.beneficiary_id and n.status = 'VERIFIED'
                 and (n.verified_at > a.verified_at or (n.verified_at = a.verified_at and n.id > a.id)))) l""";

    private static final String POPULATION = " b.type = 'INDIVIDUAL' and b.anonymised_at is null ";

    private static final String COUNTS = """
            count(case when l.valid_until >= :today and l.need_level = 'LOW' then 1 end) as low_count,
            count(case when l.valid_until >= :today and l.need_level = 'MEDIUM' then 1 end) as medium_count,
            count(case when l.valid_until >= :today and l.need_level = 'HIGH' then 1 end) as high_count,
            count(case when l.valid_until < :today then 1 end) as lapsed_count,
            count(case when l.beneficiary_id is null then 1 end) as not_assessed_count,
            count(*) as total_count""";

    private static final String DUE_FROM = " from " + LATEST + " join beneficiary b on b.id = l.beneficiary_id";

    private static final String DUE_WHERE = " where" + POPULATION + "and l.valid_until <= :horizon";

    /** Who assessed: the officer, or for the beneficiary's own answers, the officer who verified them. */
    private static final String ASSESSOR = "case when l.via = 'PORTAL' then l.verified_by else l.assessed_by end";

    private final JdbcClient jdbc;
    private final Clock clock;

    AssessmentReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many beneficiaries of a row are of each level, lapsed or not assessed; {@code total} is all of them. */
    public record NeedCounts(long low, long medium, long high, long lapsed, long notAssessed, long total) {

        static NeedCounts of(ResultSet rs) throws SQLException {
            return new NeedCounts(rs.getLong("low_count"), rs.getLong("medium_count"), rs.getLong("high_count"),
                    rs.getLong("lapsed_count"), rs.getLong("not_assessed_count"), rs.getLong("total_count"));
        }
    }

    /**
     * A row of a table: a segment (by its id, in both languages), a city (the same name in both), or, with a null
     * key, the beneficiaries without a segment or without a city.
     */
    public record NeedRow(String key, String labelAr, String labelEn, NeedCounts counts) {

        /** The row's name for a reader, or null for the row of those without a segment or city. */
        public String label(Locale language) {
            return "en".equals(language.getLanguage()) && labelEn != null ? labelEn : labelAr;
        }
    }

    /**
     * The need levels by segment, in the segments' order, the row of those without a segment last. A beneficiary of
     * two segments counts in both, so {@code total} — every beneficiary once — is not the rows' sum.
     */
    public record SegmentTable(List<NeedRow> rows, NeedCounts total) {
    }

    public SegmentTable bySegment() {
        record Counted(boolean grand, int order, NeedRow row) {
        }
        List<Counted> counted = jdbc.sql("select 0 as grand, s.id as segment_id, s.name_ar, s.name_en, s.sort_order, "
                + COUNTS + " from beneficiary b"
                + " left join beneficiary_segment bs on bs.beneficiary_id = b.id"
                + " left join segment s on s.id = bs.segment_id"
                + " left join " + LATEST + " on l.beneficiary_id = b.id where" + POPULATION
                + " group by s.id, s.name_ar, s.name_en, s.sort_order"
                + " union all"
                + " select 1 as grand, cast(null as bigint), cast(null as varchar(200)), cast(null as varchar(200)),"
                + " cast(null as integer), " + COUNTS + " from beneficiary b"
                + " left join " + LATEST + " on l.beneficiary_id = b.id where" + POPULATION)
                .param("today", Date.valueOf(today()))
                .query((rs, n) -> {
                    Object id = rs.getObject("segment_id");
                    int order = id == null ? Integer.MAX_VALUE : rs.getInt("sort_order");
                    return new Counted(rs.getInt("grand") == 1, order, new NeedRow(id == null ? null : id.toString(),
                            rs.getString("name_ar"), rs.getString("name_en"), NeedCounts.of(rs)));
                })
                .list();
        NeedCounts total = counted.stream().filter(Counted::grand).findFirst().map(c -> c.row().counts())
                .orElseThrow();
        List<NeedRow> rows = counted.stream().filter(c -> !c.grand())
                .sorted(Comparator.comparingInt(Counted::order)).map(Counted::row).toList();
        return new SegmentTable(rows, total);
    }

    /** The need levels by city, the cities of most beneficiaries first; a page of them, since cities are typed. */
    public Page<NeedRow> byCity(Pageable pageable) {
        record Counted(long cities, NeedRow row) {
        }
        List<Counted> counted = jdbc.sql("select b.city, " + COUNTS + ", count(*) over () as cities"
                + " from beneficiary b left join " + LATEST + " on l.beneficiary_id = b.id where" + POPULATION
                + " group by b.city order by count(*) desc, b.city limit :limit offset :offset")
                .param("today", Date.valueOf(today()))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    String city = rs.getString("city");
                    return new Counted(rs.getLong("cities"), new NeedRow(city, city, city, NeedCounts.of(rs)));
                })
                .list();
        long total = counted.isEmpty() ? 0 : counted.get(0).cities();
        return new PageImpl<>(counted.stream().map(Counted::row).toList(), pageable, total);
    }

    /** A segment's name in both languages. */
    public record SegmentName(String nameAr, String nameEn) {

        public String name(Locale language) {
            return "en".equals(language.getLanguage()) ? nameEn : nameAr;
        }
    }

    /**
     * A beneficiary whose latest verified assessment lapses within the horizon or has lapsed, with who assessed it:
     * the officer, or for what the beneficiary filled in the portal, the officer who verified it.
     */
    public record DueAssessment(UUID beneficiaryId, String name, String city, List<SegmentName> segments,
            NeedLevel needLevel, LocalDate validUntil, String officer, String officerName) {

        /** Whether it has lapsed already, as on this day. */
        public boolean overdueOn(LocalDate day) {
            return day.isAfter(validUntil);
        }
    }

    /**
     * The beneficiaries whose assessment lapses within {@code days} days from today or has lapsed, the earliest
     * lapse first: three queries a page whatever its size (count, rows, and their segments).
     */
    public Page<DueAssessment> dueForReassessment(int days, Pageable pageable) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        Date horizon = Date.valueOf(today().plusDays(days));
        long total = jdbc.sql("select count(*)" + DUE_FROM + DUE_WHERE).param("horizon", horizon).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<DueAssessment> rows = jdbc.sql("select b.id, b.full_name, b.city, l.need_level, l.valid_until, "
                + ASSESSOR + " as assessor, u.display_name" + DUE_FROM + " left join staff_user u on u.username = "
                + ASSESSOR + DUE_WHERE + " order by l.valid_until, b.full_name, b.id limit :limit offset :offset")
                .param("horizon", horizon).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new DueAssessment(rs.getObject("id", UUID.class), rs.getString("full_name"),
                        rs.getString("city"), List.of(), NeedLevel.valueOf(rs.getString("need_level")),
                        rs.getDate("valid_until").toLocalDate(), rs.getString("assessor"),
                        rs.getString("display_name")))
                .list();
        Map<UUID, List<SegmentName>> segments = segmentsOf(rows.stream().map(DueAssessment::beneficiaryId).toList());
        return new PageImpl<>(rows.stream().map(row -> new DueAssessment(row.beneficiaryId(), row.name(), row.city(),
                segments.getOrDefault(row.beneficiaryId(), List.of()), row.needLevel(), row.validUntil(),
                row.officer(), row.officerName())).toList(), pageable, total);
    }

    private Map<UUID, List<SegmentName>> segmentsOf(Collection<UUID> beneficiaryIds) {
        Map<UUID, List<SegmentName>> segments = new HashMap<>();
        jdbc.sql("""
                select bs.beneficiary_id, s.name_ar, s.name_en from beneficiary_segment bs
                join segment s on s.id = bs.segment_id
                where bs.beneficiary_id in (:ids) order by s.sort_order""")
                .param("ids", beneficiaryIds)
                .query(rs -> {
                    segments.computeIfAbsent(rs.getObject("beneficiary_id", UUID.class), id -> new ArrayList<>())
                            .add(new SegmentName(rs.getString("name_ar"), rs.getString("name_en")));
                });
        return segments;
    }

    /** Today in Riyadh, the day validity is counted on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.RIYADH));
    }
}
