package sa.silah.eligibility;

import java.util.List;

/** Eligible or not, and why: one reason per rule the service states, each met or not. No rules means eligible. */
public record EligibilityDecision(boolean eligible, List<Reason> reasons) {

    public EligibilityDecision {
        reasons = List.copyOf(reasons);
    }

    static EligibilityDecision of(List<Reason> reasons) {
        return new EligibilityDecision(reasons.stream().allMatch(Reason::passed), reasons);
    }

    /** The codes of the rules not met, for the record of an override. */
    public List<EligibilityRule> failedRules() {
        return reasons.stream().filter(reason -> !reason.passed()).map(Reason::rule).toList();
    }
}
