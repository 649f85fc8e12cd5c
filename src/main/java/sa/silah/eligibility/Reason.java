package sa.silah.eligibility;

import java.util.List;

/**
 * One rule checked for one beneficiary: which rule, whether it was met, and what was compared, as a message key with
 * its arguments (numbers, days, or {@link Wording}) that {@link EligibilityTexts} puts into words.
 */
public record Reason(EligibilityRule rule, boolean passed, String messageKey, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    static Reason of(EligibilityRule rule, boolean passed, String messageKey, Object... arguments) {
        return new Reason(rule, passed, messageKey, List.of(arguments));
    }
}
