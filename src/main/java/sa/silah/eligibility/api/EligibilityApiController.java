package sa.silah.eligibility.api;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.eligibility.Eligibility;
import sa.silah.eligibility.EligibilityDecision;
import sa.silah.eligibility.EligibilityRule;
import sa.silah.eligibility.EligibilityTexts;
import sa.silah.shared.ApiController;

/** Whether a beneficiary is eligible for a service, and why, rule by rule. */
@ApiController("/api/v1/beneficiaries/{id}/eligibility")
@Tag(name = "Eligibility", description = "Whether a beneficiary is eligible for a service (الأهلية), with the reasons")
class EligibilityApiController {

    private final Eligibility eligibility;
    private final EligibilityTexts texts;

    EligibilityApiController(Eligibility eligibility, EligibilityTexts texts) {
        this.eligibility = eligibility;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "The eligibility decision for one service", description = "One reason per rule the service "
            + "states (its segments, need level, income per member, age, household size, cities, not received within "
            + "N months): rule is the machine code, passed whether it was met, text the reason in the request's "
            + "language (Accept-Language, Arabic by default). A service with no rules is eligible with no "
            + "reasons. 404 for an unknown beneficiary or service.")
    EligibilityResponse eligibility(@PathVariable UUID id, @RequestParam String serviceCode) {
        EligibilityDecision decision = eligibility.check(id, serviceCode);
        return new EligibilityResponse(decision.eligible(), decision.reasons().stream()
                .map(reason -> new ReasonEntry(reason.rule(), reason.passed(), texts.text(reason))).toList());
    }

    record EligibilityResponse(boolean eligible, List<ReasonEntry> reasons) {
    }

    record ReasonEntry(EligibilityRule rule, boolean passed, String text) {
    }
}
