package sa.silah.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** Assessing beneficiaries: the household from the registry, verification, validity, sensitive answers, versions. */
@IntegrationTest
class NeedAssessmentsIT {

    @Autowired
    NeedAssessments assessments;
    @Autowired
    BeneficiaryRegistry registry;

    @Test
    void anOfficersAssessmentCountsAtOnceWithTheHouseholdFromTheRegistry() {
        Beneficiary mother = withTwoChildren();

        Assessment assessment = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM,
                answers("1800", "rented"), AssessedVia.HOME_VISIT, "officer");

        // 1,800 / 3 = 600 a member = 0.4 of the line → 40; two dependents → 10; rented → 10.
        assertThat(assessment.getHouseholdSize()).isEqualTo(3);
        assertThat(assessment.getScore()).isEqualTo(60);
        assertThat(assessment.getNeedLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.VERIFIED);
        assertThat(assessment.getValidUntil()).isEqualTo(LocalDate.now(Dates.RIYADH).plusMonths(12));
        assertThat(assessments.valid(mother.getId())).map(Assessment::getId).contains(assessment.getId());
        assertThat(assessment.explanation()).extracting(Factor::points).containsExactly(40, 10, 10);
    }

    @Test
    void whatTheBeneficiaryFillsInThePortalCountsOnlyOnceAnOfficerVerifiesIt() {
        Beneficiary mother = withTwoChildren();

        Assessment submitted = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM,
                answers("9000", "owned"), AssessedVia.PORTAL, "beneficiary:" + mother.getId());
        assertThat(submitted.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(assessments.valid(mother.getId())).isEmpty();

        Assessment verified = assessments.verify(submitted.getId(), "officer");
        assertThat(verified.getVerifiedBy()).isEqualTo("officer");
        assertThat(assessments.valid(mother.getId())).isPresent();
        assertThatThrownBy(() -> assessments.verify(submitted.getId(), "officer"))
                .isInstanceOf(AssessmentStateException.class);
    }

    @Test
    void healthAnswersNeedTheBeneficiarysExplicitConsentAndAreKeptApart() {
        Beneficiary mother = withTwoChildren();
        Map<String, String> answers = answers("1800", "rented");
        answers.put("disability", "yes");

        assertThatThrownBy(() -> assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM, answers,
                AssessedVia.INTERVIEW, "officer")).isInstanceOfSatisfying(InvalidFieldsException.class,
                        invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field())
                                .containsExactly("answers[disability]"));

        registry.recordConsent(mother.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        Assessment assessment = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM, answers,
                AssessedVia.INTERVIEW, "officer");
        assertThat(assessment.answers()).doesNotContainKey("disability");
        assertThat(assessment.sensitiveAnswers()).containsEntry("disability", "yes");
        assertThat(assessment.getScore()).isEqualTo(75);
    }

    @Test
    void anAssessmentKeepsTheFormVersionItAnsweredWhenTheFormChanges() {
        Beneficiary mother = withTwoChildren();
        AssessmentForm before = assessments.currentForm(NeedAssessments.GENERAL_FORM);
        Assessment earlier = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM, answers("1800", "rented"),
                AssessedVia.INTERVIEW, "officer");
        AssessmentDefinition definition = before.definition();
        AssessmentForm next = assessments.saveForm(NeedAssessments.GENERAL_FORM, new AssessmentDefinition(
                definition.titleAr(), definition.titleEn(), definition.questions(), definition.rules(),
                definition.povertyLine(), definition.mediumFrom(), definition.highFrom(), 6), "admin");
        try {
            assertThat(next.getVersionNo()).isEqualTo(before.getVersionNo() + 1);
            assertThat(assessments.form(earlier.getFormId()).getVersionNo()).isEqualTo(before.getVersionNo());
            assertThat(assessments.form(before.getId()).isCurrent()).isFalse();
            Assessment later = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM,
                    answers("1800", "rented"), AssessedVia.INTERVIEW, "officer");
            assertThat(later.getFormId()).isEqualTo(next.getId());
            assertThat(later.getValidUntil()).isEqualTo(LocalDate.now(Dates.RIYADH).plusMonths(6));
        }
        finally {
            assessments.saveForm(NeedAssessments.GENERAL_FORM, definition, "test-restore");
        }
    }

    private Beneficiary withTwoChildren() {
        Beneficiary mother = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "منيرة " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, "الرياض", null, null,
                null, TestData.mobile(), null, null, List.of()));
        for (Relation child : List.of(Relation.SON, Relation.DAUGHTER)) {
            registry.addHouseholdMember(mother.getId(), new HouseholdMemberDetails("طفل " + TestData.uniqueWord(),
                    child, LocalDate.of(2016, 5, 1), null, true));
        }
        return mother;
    }

    private static Map<String, String> answers(String salary, String ownership) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", ownership);
        answers.put("employment", "employed");
        return answers;
    }
}
