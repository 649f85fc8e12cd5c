package sa.silah.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sums SQL gives for a group or a day, which add up into months before they become {@link Figures}. */
final class Tally {

    /** The aggregate columns every results query selects from survey_response r. */
    static final String COLUMNS = """
            count(*) as responses,
            sum(case when r.overall_score is not null then 1 else 0 end) as rated,
            sum(case when r.overall_score in (4, 5) then 1 else 0 end) as satisfied,
            sum(case when r.recommend_score is not null then 1 else 0 end) as recommenders,
            sum(case when r.recommend_score >= 9 then 1 else 0 end) as promoters,
            sum(case when r.recommend_score <= 6 then 1 else 0 end) as detractors,
            sum(case when r.resolved is not null then 1 else 0 end) as resolution_answers,
            sum(case when r.resolved = true then 1 else 0 end) as resolved""";

    long responses;
    long invited;
    private long rated;
    private long satisfied;
    private long recommenders;
    private long promoters;
    private long detractors;
    private long resolutionAnswers;
    private long resolved;
    /** Per question key: the number of scores and their sum. */
    private final Map<String, long[]> scores = new LinkedHashMap<>();

    void addRow(ResultSet row) throws SQLException {
        responses += row.getLong("responses");
        rated += row.getLong("rated");
        satisfied += row.getLong("satisfied");
        recommenders += row.getLong("recommenders");
        promoters += row.getLong("promoters");
        detractors += row.getLong("detractors");
        resolutionAnswers += row.getLong("resolution_answers");
        resolved += row.getLong("resolved");
    }

    void addScores(String questionKey, long answers, long total) {
        long[] sums = scores.computeIfAbsent(questionKey, key -> new long[2]);
        sums[0] += answers;
        sums[1] += total;
    }

    void add(Tally other) {
        responses += other.responses;
        invited += other.invited;
        rated += other.rated;
        satisfied += other.satisfied;
        recommenders += other.recommenders;
        promoters += other.promoters;
        detractors += other.detractors;
        resolutionAnswers += other.resolutionAnswers;
        resolved += other.resolved;
        other.scores.forEach((key, sums) -> addScores(key, sums[0], sums[1]));
    }

    /** The figures, or only the counts when fewer than {@code minimum} responses stand behind them. */
    Figures figures(String key, int minimum) {
        if (responses < minimum || responses == 0) {
            return new Figures(key, responses, invited, null, null, null, null, Map.of(), true);
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        scores.forEach((question, sums) -> {
            if (sums[0] > 0) {
                averages.put(question, Math.round(100.0 * sums[1] / sums[0]) / 100.0);
            }
        });
        return new Figures(key, responses, invited, percent(responses, invited), percent(satisfied, rated),
                recommenders == 0 ? null : Math.round(1000.0 * (promoters - detractors) / recommenders) / 10.0,
                percent(resolved, resolutionAnswers), averages, false);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
