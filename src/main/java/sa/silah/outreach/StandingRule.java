package sa.silah.outreach;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The outreach rules that run by themselves, every day. Each one kept here has a threshold in its own unit — how many
 * days a request waits for the beneficiary's documents, how many months a high-need household goes without contact, how
 * many days after an activity's registration opened its invitation may still go out —
 * within bounds a manager may not leave. {@link #ASSESSMENT_LAPSING} is listed so that the whole picture is on one
 * page, but the needs assessment module runs it with its own setting ({@code silah.assessment.reminder-before}).
 */
public enum StandingRule {
    MISSING_DOCUMENTS(ThresholdUnit.DAYS, 5, 1, 90),
    HIGH_NEED_NO_CONTACT(ThresholdUnit.MONTHS, 3, 1, 24),
    PROGRAMME_OPENING(ThresholdUnit.DAYS, 3, 1, 30),
    ASSESSMENT_LAPSING(null, 0, 0, 0);

    /** The unit a rule's threshold counts in. */
    public enum ThresholdUnit {
        DAYS, MONTHS
    }

    private final ThresholdUnit unit;
    private final int defaultThreshold;
    private final int minimum;
    private final int maximum;

    StandingRule(ThresholdUnit unit, int defaultThreshold, int minimum, int maximum) {
        this.unit = unit;
        this.defaultThreshold = defaultThreshold;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** Whether outreach runs the rule and keeps its setting; otherwise another module does. */
    public boolean isRunHere() {
        return unit != null;
    }

    /** The rules outreach runs, in the order the page lists them. */
    public static List<StandingRule> runHere() {
        return Arrays.stream(values()).filter(StandingRule::isRunHere).toList();
    }

    /** The rule of a code as the API or a page names it; empty for an unknown code. */
    public static Optional<StandingRule> of(String code) {
        return Arrays.stream(values()).filter(rule -> rule.name().equals(code)).findFirst();
    }

    public ThresholdUnit unit() {
        return unit;
    }

    public int defaultThreshold() {
        return defaultThreshold;
    }

    public int minimum() {
        return minimum;
    }

    public int maximum() {
        return maximum;
    }
}
