package sa.silah.assessment;

import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the needs assessment: the person's assessments keep their score, need level, household counts and the
 * answers that are numbers or choices, which the reports count, and lose their free texts, dates and sensitive
 * answers.
 */
@Component
class AssessmentErasure implements PersonalDataHolder {

    private final AssessmentRecords assessments;
    private final AssessmentForms forms;

    AssessmentErasure(AssessmentRecords assessments, AssessmentForms forms) {
        this.assessments = assessments;
        this.forms = forms;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        assessments.findByBeneficiaryId(person.beneficiaryId()).forEach(assessment -> assessment.forget(
                forms.findById(assessment.getFormId()).orElseThrow().definition()));
    }
}
