package sa.silah.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.sla.BusinessCalendar;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * The satisfaction results: response rate, CSAT, NPS, the resolved share and the mean of every question, for a
 * period, broken down by service, department, channel, kind, segment or staff member, and month by month. Every
 * figure is summed by the database, never from responses loaded one by one.
 * <p>
 * The results are not for punishing anyone: a figure is shown only when at least
 * {@link SatisfactionProperties#minimumResponses()} responses stand behind it, figures per staff member go to
 * managers only, and an officer sees only their own and their department's. Anonymous responses count in every
 * figure but are never shown with a request.
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionResults {

    private final NamedParameterJdbcTemplate jdbc;
    private final SurveyCatalog catalog;
    private final StaffManagement staff;
    private final BusinessCalendar calendar;
    private final SatisfactionProperties properties;

    SatisfactionResults(NamedParameterJdbcTemplate jdbc, SurveyCatalog catalog, StaffManagement staff,
            BusinessCalendar calendar, SatisfactionProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.staff = staff;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** A question whose mean is shown, with its text from the current survey that asks it. */
    public record Question(String key, QuestionType type, String textAr, String textEn) {

        public String text(String language) {
            return "en".equals(language) ? textEn : textAr;
        }
    }

    /** Every response of the period together, and the questions whose means it has. */
    public record Summary(ResultsPeriod period, int minimumResponses, Figures overall, List<Question> questions) {
    }

    /** One month of the trend, Gregorian or Hijri, cut to the period at its ends. */
    public record Month(LocalDate firstDay, LocalDate lastDay, boolean hijri, Figures figures) {
    }

    /** What an officer may see: their own figures and their department's, each under the minimum rule. */
    public record OwnResults(Figures own, Figures department, Long departmentId) {
    }

    /** A free-text answer; an anonymous one has no request. */
    public record Comment(UUID responseId, LocalDate submittedOn, String text, Integer overallScore, boolean anonymous,
            String requestRef, Long serviceId, Long departmentId) {
    }

    /** Which comments to list; every filter is optional. */
    public record CommentQuery(ResultsPeriod period, Long serviceId, Long departmentId, Integer overallScore) {
    }

    /** Limits the responses counted to a department or to a staff member; null for none. */
    private record Scope(Long departmentId, String staffUsername) {

        static final Scope ALL = new Scope(null, null);
    }

    public int minimumResponses() {
        return properties.minimumResponses();
    }

    /**
     * The questions with a mean, once per key, in the order the current surveys ask them; the default survey's
     * wording first, since most responses answer it (the contact rating words "overall" for a call).
     */
    public List<Question> questions() {
        Map<String, Question> byKey = new LinkedHashMap<>();
        List<Survey> surveys = new ArrayList<>(List.of(catalog.surveyFor(null, null)));
        surveys.addAll(catalog.current());
        for (Survey survey : surveys) {
            for (SurveyQuestion question : survey.getQuestions()) {
                if (question.getType().hasMean()) {
                    byKey.putIfAbsent(question.getKey(), new Question(question.getKey(), question.getType(),
                            question.getTextAr(), question.getTextEn()));
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    public Summary summary(ResultsPeriod period) {
        Figures overall = tallies(period, null, Scope.ALL).getOrDefault(null, new Tally())
                .figures(null, minimumResponses());
        return new Summary(period, minimumResponses(), overall, questions());
    }

    /**
     * The figures of each group, the most answered first; a group with invitations but no response is listed too.
     *
     * @param viewer the username asking: figures per staff member are for managers only
     * @throws AccessDeniedException when someone other than a manager asks for figures per staff member
     */
    public List<Figures> breakdown(ResultsPeriod period, Grouping grouping, String viewer) {
        if (grouping == Grouping.STAFF && !isManager(viewer)) {
            throw new AccessDeniedException("figures per staff member are for managers");
        }
        return tallies(period, Objects.requireNonNull(grouping), Scope.ALL).entrySet().stream()
                .map(group -> group.getValue().figures(group.getKey(), minimumResponses()))
                .sorted(Comparator.comparingLong(Figures::responses).reversed()
                        .thenComparing(Figures::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Whether this user may see figures per staff member. */
    public boolean isManager(String username) {
        return username != null
                && staff.findByUsername(username).map(user -> user.hasRole(Role.MANAGER)).orElse(false);
    }

    /** The figures of a staff member and of their department: never anyone else's. */
    public OwnResults mine(ResultsPeriod period, String username) {
        Long department = staff.findByUsername(username).map(StaffUser::getDepartmentId).orElse(null);
        Figures own = tallies(period, null, new Scope(null, username)).getOrDefault(null, new Tally())
                .figures(username, minimumResponses());
        Figures ofDepartment = department == null ? null
                : tallies(period, null, new Scope(department, null)).getOrDefault(null, new Tally())
                        .figures(department.toString(), minimumResponses());
        return new OwnResults(own, ofDepartment, department);
    }

    /** The period month by month, in the Gregorian or the Hijri (Umm al-Qura) calendar. */
    public List<Month> trend(ResultsPeriod period, boolean hijri) {
        return overview(period, hijri, null, null).trend();
    }

    /**
     * The headline figures of the period and of each of its months, optionally of one group (a service, a
     * department, a channel, a kind or a segment), without the means per question: what a dashboard shows, read
     * from one row per day of responses and one indexed count of invitations per month, so that a year of hundreds
     * of thousands of responses answers quickly.
     *
     * @param key the group's key as {@link Figures#key()} names it; ignored without a grouping
     * @throws IllegalArgumentException for figures per staff member, which only {@link #breakdown} gives managers
     */
    public Overview overview(ResultsPeriod period, boolean hijri, Grouping grouping, String key) {
        if (grouping == Grouping.STAFF) {
            throw new IllegalArgumentException("figures per staff member come from the breakdown, for managers only");
        }
        List<LocalDate[]> months = months(period, hijri);
        List<Tally> tallies = months.stream().map(month -> new Tally()).toList();
        var parameters = periodParameters(period);
        jdbc.query("select r.submitted_on as answered_on, " + Tally.COLUMNS + " from survey_response r"
                + narrowing(grouping, key, "r", "survey_response_segment", "response_id", parameters)
                + " and r.submitted_on between :from and :to group by r.submitted_on",
                parameters, (RowCallbackHandler) row -> {
                    LocalDate day = row.getObject("answered_on", LocalDate.class);
                    tallies.get(monthOf(months, day)).addRow(row);
                });
        // One count per month, each read from the index on created_at, in one statement.
        String narrowed = narrowing(grouping, key, "i", "survey_invitation_segment", "invitation_id", parameters);
        StringBuilder invitations = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            invitations.append(i == 0 ? "" : " union all ").append("select ").append(i)
                    .append(" as month_index, count(*) as invited from survey_invitation i").append(narrowed)
                    .append(" and i.created_at >= :start").append(i).append(" and i.created_at < :end").append(i);
            parameters.addValue("start" + i, startOf(months.get(i)[0]))
                    .addValue("end" + i, startOf(months.get(i)[1].plusDays(1)));
        }
        jdbc.query(invitations.toString(), parameters, (RowCallbackHandler) row -> {
            tallies.get(row.getInt("month_index")).invited = row.getLong("invited");
        });
        Tally whole = new Tally();
        List<Month> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            whole.add(tallies.get(i));
            trend.add(new Month(months.get(i)[0], months.get(i)[1], hijri,
                    tallies.get(i).figures(months.get(i)[0].toString(), minimumResponses())));
        }
        return new Overview(whole.figures(grouping == null ? null : key, minimumResponses()), trend);
    }

    /** The figures of a period and of its months. */
    public record Overview(Figures overall, List<Month> trend) {
    }

    /** The join and the first condition that keep one group's rows of {@code table}; every row without a grouping. */
    private static String narrowing(Grouping grouping, String key, String table, String segments, String column,
            MapSqlParameterSource parameters) {
        if (grouping == null) {
            return " where 1 = 1";
        }
        if (grouping == Grouping.SEGMENT) {
            parameters.addValue("group_key", Long.valueOf(key));
            return " join " + segments + " s on s." + column + " = " + table + ".id where s.segment_id = :group_key";
        }
        boolean byId = grouping == Grouping.SERVICE || grouping == Grouping.DEPARTMENT;
        parameters.addValue("group_key", byId ? Long.valueOf(key) : key);
        return " where " + keyOf(grouping, table) + " = :group_key";
    }

    /** The free-text answers, the newest first. */
    public Page<Comment> comments(CommentQuery query, Pageable pageable) {
        var parameters = periodParameters(query.period());
        StringBuilder where = new StringBuilder(
                " from survey_answer a join survey_response r on r.id = a.response_id"
                        + " where a.type = 'TEXT' and r.submitted_on between :from and :to");
        if (query.serviceId() != null) {
            where.append(" and r.service_id = :service");
            parameters.addValue("service", query.serviceId());
        }
        if (query.departmentId() != null) {
            where.append(" and r.department_id = :department");
            parameters.addValue("department", query.departmentId());
        }
        if (query.overallScore() != null) {
            where.append(" and r.overall_score = :score");
            parameters.addValue("score", query.overallScore());
        }
        Long total = jdbc.queryForObject("select count(*)" + where, parameters, Long.class);
        parameters.addValue("size", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<Comment> comments = jdbc.query("select r.id, r.submitted_on, a.text, r.overall_score, r.anonymous,"
                + " r.request_ref, r.service_id, r.department_id" + where
                + " order by r.submitted_on desc, r.id limit :size offset :offset", parameters,
                (row, number) -> comment(row));
        return new PageImpl<>(comments, pageable, total == null ? 0 : total);
    }

    private static Comment comment(ResultSet row) throws SQLException {
        boolean anonymous = row.getBoolean("anonymous");
        return new Comment(row.getObject("id", UUID.class), row.getObject("submitted_on", LocalDate.class),
                row.getString("text"), (Integer) row.getObject("overall_score", Integer.class), anonymous,
                anonymous ? null : row.getString("request_ref"), row.getObject("service_id", Long.class),
                row.getObject("department_id", Long.class));
    }

    /** The tallies by group (one under the null key when not grouped): responses, scores and invitations. */
    private Map<String, Tally> tallies(ResultsPeriod period, Grouping grouping, Scope scope) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        var parameters = periodParameters(period);
        String responseFilter = filter("r", scope, parameters);
        String key = grouping == null ? "" : keyOf(grouping, "r") + " as group_key, ";
        String groupBy = grouping == null ? "" : " group by " + keyOf(grouping, "r");
        String responses = " from survey_response r" + segmentJoin(grouping, "survey_response_segment", "response_id", "r")
                + " where r.submitted_on between :from and :to" + responseFilter;
        jdbc.query("select " + key + Tally.COLUMNS + responses + groupBy, parameters,
                (RowCallbackHandler) row -> groups.computeIfAbsent(groupKey(row, grouping), group -> new Tally()).addRow(row));
        jdbc.query("select " + key + "a.question_key, count(a.score) as answers, sum(a.score) as total"
                + responses.replace(" from survey_response r", " from survey_answer a join survey_response r on r.id = a.response_id")
                + " and a.type in ('RATING', 'LIKELIHOOD', 'YES_NO') and a.score is not null"
                + (grouping == null ? " group by a.question_key" : groupBy + ", a.question_key"), parameters,
                (RowCallbackHandler) row -> groups.computeIfAbsent(groupKey(row, grouping), group -> new Tally())
                        .addScores(row.getString("question_key"), row.getLong("answers"), row.getLong("total")));
        String invitationKey = grouping == null ? "" : keyOf(grouping, "i") + " as group_key, ";
        jdbc.query("select " + invitationKey + "count(*) as invited from survey_invitation i"
                + segmentJoin(grouping, "survey_invitation_segment", "invitation_id", "i")
                + " where i.created_at >= :start and i.created_at < :end" + filter("i", scope, parameters)
                + (grouping == null ? "" : " group by " + keyOf(grouping, "i")), parameters,
                (RowCallbackHandler) row -> {
                    groups.computeIfAbsent(groupKey(row, grouping), group -> new Tally()).invited += row.getLong("invited");
                });
        return groups;
    }

    private static String keyOf(Grouping grouping, String table) {
        return grouping.column().map(column -> table + "." + column).orElse("s.segment_id");
    }

    private static String segmentJoin(Grouping grouping, String segments, String column, String table) {
        return grouping == Grouping.SEGMENT
                ? " join " + segments + " s on s." + column + " = " + table + ".id"
                : "";
    }

    private static String groupKey(ResultSet row, Grouping grouping) throws SQLException {
        if (grouping == null) {
            return null;
        }
        Object key = row.getObject("group_key");
        return key == null ? null : key.toString();
    }

    private static String filter(String table, Scope scope, MapSqlParameterSource parameters) {
        StringBuilder filter = new StringBuilder();
        if (scope.departmentId() != null) {
            filter.append(" and ").append(table).append(".department_id = :department");
            parameters.addValue("department", scope.departmentId());
        }
        if (scope.staffUsername() != null) {
            filter.append(" and ").append(table).append(".staff_username = :staff");
            parameters.addValue("staff", scope.staffUsername());
        }
        return filter.toString();
    }

    /** The period's days for responses, and its instants in Riyadh for invitations. */
    private MapSqlParameterSource periodParameters(ResultsPeriod period) {
        return new MapSqlParameterSource().addValue("from", period.from()).addValue("to", period.to())
                .addValue("start", startOf(period.from())).addValue("end", startOf(period.to().plusDays(1)));
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** The months the period touches, each as its first and last day within the period. */
    private static List<LocalDate[]> months(ResultsPeriod period, boolean hijri) {
        List<LocalDate[]> months = new ArrayList<>();
        LocalDate first = period.from();
        while (!first.isAfter(period.to())) {
            LocalDate next = hijri ? nextHijriMonth(first) : first.with(TemporalAdjusters.firstDayOfNextMonth());
            LocalDate last = next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1);
            months.add(new LocalDate[] { first, last });
            first = next;
        }
        return months;
    }

    private static LocalDate nextHijriMonth(LocalDate day) {
        HijrahDate hijrah = HijrahChronology.INSTANCE.date(day);
        return LocalDate.from(hijrah.with(ChronoField.DAY_OF_MONTH, 1).plus(1, ChronoUnit.MONTHS));
    }

    private static int monthOf(List<LocalDate[]> months, LocalDate day) {
        for (int i = 0; i < months.size(); i++) {
            if (!day.isAfter(months.get(i)[1])) {
                return i;
            }
        }
        throw new IllegalStateException(day + " is outside the period");
    }
}
