package sa.silah.eligibility;

import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/** Erasure in eligibility: the person's overrides keep their service, officer, rules and day, and lose their reason. */
@Component
class EligibilityErasure implements PersonalDataHolder {

    private final EligibilityOverrides overrides;

    EligibilityErasure(EligibilityOverrides overrides) {
        this.overrides = overrides;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        overrides.findByBeneficiaryId(person.beneficiaryId()).forEach(EligibilityOverride::forget);
    }
}
