package sa.silah.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.eligibility.Eligibility;
import sa.silah.eligibility.EligibilityDecision;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * Submits the intake form: a service request for a beneficiary found not eligible needs the officer's reason, and
 * the override is recorded with the request's reference in the request's own transaction, so that neither is stored
 * without the other.
 */
@Component
class IntakeSubmission {

    private final Casework casework;
    private final Eligibility eligibility;

    IntakeSubmission(Casework casework, Eligibility eligibility) {
        this.casework = casework;
        this.eligibility = eligibility;
    }

    /**
     * Every problem at once: the request's own and a missing reason for the override. A request refused only for the
     * missing reason is rolled back with this transaction, and its reference number with it.
     */
    @Transactional
    Request submit(IntakeForm form, Caseworker caseworker) {
        boolean overriding = notEligible(form).isPresent();
        List<FieldProblem> overrideProblems = overriding
                ? Eligibility.overrideReasonProblems(form.getEligibilityOverrideReason()) : List.of();
        Request request;
        try {
            request = form.getFromInteraction() == null
                    ? casework.submit(form.toNewRequest(), caseworker)
                    : casework.submitFrom(form.getFromInteraction(), form.toNewRequest(), caseworker);
        }
        catch (InvalidFieldsException invalid) {
            List<FieldProblem> all = new ArrayList<>(invalid.problems());
            all.addAll(overrideProblems);
            throw new InvalidFieldsException(all);
        }
        if (!overrideProblems.isEmpty()) {
            throw new InvalidFieldsException(overrideProblems);
        }
        if (overriding) {
            eligibility.recordOverride(form.getBeneficiaryId(), form.getServiceCode(), caseworker.username(),
                    form.getEligibilityOverrideReason(), request.getReferenceNumber());
        }
        return request;
    }

    /** The decision when a service request is opened for a beneficiary who is not eligible. */
    Optional<EligibilityDecision> notEligible(IntakeForm form) {
        if (form.getKind() != RequestKind.SERVICE) {
            return Optional.empty();
        }
        return eligibility.find(form.getBeneficiaryId(), form.getServiceCode()).filter(decision -> !decision.eligible());
    }
}
