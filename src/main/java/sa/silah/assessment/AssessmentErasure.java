package sa.silah.assessment;

import java.util.List;

import org.springframework.stereotype.Component;

import sa.silah.shared.PersonalDataHolder;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Erasure in the needs assessment: the person's assessments keep their score, need level, household counts and the
 * answers that are numbers or choices, which the reports count, and lose their free texts, dates and sensitive
 * answers; their evidence documents, which show the person, are deleted with their files.
 */
@Component
class AssessmentErasure implements PersonalDataHolder {

    private final AssessmentRecords assessments;
    private final AssessmentForms forms;
    private final EvidenceFiles evidence;

    AssessmentErasure(AssessmentRecords assessments, AssessmentForms forms, EvidenceFiles evidence) {
        this.assessments = assessments;
        this.forms = forms;
        this.evidence = evidence;
    }

    @Override
    public void erase(PersonalIdentifiers person) {
        List<Assessment> theirs = assessments.findByBeneficiaryId(person.beneficiaryId());
        theirs.forEach(assessment -> assessment.forget(
                forms.findById(assessment.getFormId()).orElseThrow().definition()));
        evidence.deleteAll(theirs.stream().map(Assessment::getId).toList());
    }
}
