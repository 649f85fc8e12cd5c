package sa.silah.outreach;

import java.time.Instant;
import java.time.Period;

/**
 * How a standing rule is set. For a rule outreach runs: on or off, its threshold and who changed it last. For one
 * another module runs ({@link StandingRule#isRunHere()} false): that module's setting, read-only here.
 *
 * @param elsewhere the other module's setting (for {@link StandingRule#ASSESSMENT_LAPSING}, how long before an
 *        assessment lapses it is reminded); {@code null} for a rule run here
 */
public record RuleSetting(StandingRule rule, boolean enabled, Integer threshold, String updatedBy, Instant updatedAt,
        Period elsewhere) {

    static RuleSetting of(OutreachRule row) {
        return new RuleSetting(row.rule(), row.isEnabled(), row.getThreshold(), row.getUpdatedBy(), row.getUpdatedAt(),
                null);
    }

    static RuleSetting elsewhere(StandingRule rule, Period setting) {
        return new RuleSetting(rule, true, null, null, null, setting);
    }

    public boolean isRunHere() {
        return rule.isRunHere();
    }
}
