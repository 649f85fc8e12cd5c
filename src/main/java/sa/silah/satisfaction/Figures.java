package sa.silah.satisfaction;

import java.util.Map;

/**
 * The results of one group (or of all responses, or of one month). Percentages run 0–100 with one decimal, NPS
 * −100–100, means two decimals (a yes/no question's mean is the share of yes, 0–1). Below the minimum number of
 * responses every figure is withheld: null, with {@code withheld} set; the counts stay.
 *
 * @param key what the group is (a service or department id, a channel, a kind, a segment id, a username);
 *        null for responses without it, and for the whole
 * @param invited invitations sent in the period; a response may answer one sent before it, so the rate can
 *        exceed 100 for a short period
 * @param averages the mean score per question key
 */
public record Figures(String key, long responses, long invited, Double responseRate, Double csat, Double nps,
        Double resolvedShare, Map<String, Double> averages, boolean withheld) {
}
