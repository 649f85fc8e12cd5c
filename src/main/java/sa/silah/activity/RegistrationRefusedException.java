package sa.silah.activity;

import java.util.Optional;

import sa.silah.eligibility.EligibilityDecision;

/**
 * A registration that cannot be taken: the message key says why, and when the beneficiary is not among those the
 * activity is for, the decision gives every rule's reason.
 */
public class RegistrationRefusedException extends RuntimeException {

    private final transient EligibilityDecision decision;

    public RegistrationRefusedException(String messageKey, EligibilityDecision decision) {
        super(messageKey);
        this.decision = decision;
    }

    public String messageKey() {
        return getMessage();
    }

    public Optional<EligibilityDecision> decision() {
        return Optional.ofNullable(decision);
    }
}
