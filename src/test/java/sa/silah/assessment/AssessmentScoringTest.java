package sa.silah.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sa.silah.shared.InvalidFieldsException;

/** The general form's scoring on cases worked out by hand. */
class AssessmentScoringTest {

    private final AssessmentDefinition form = GeneralAssessmentForm.definition();

    @Test
    void aRentingFamilyOfFiveOnLowIncomeWithDebtsAndADisabilityIsInHighNeed() {
        Map<String, String> answers = answers("3000", "1500", "1200", "25000", "rented", "employed");
        answers.put("disability", "yes");

        // 4,500 / 5 = 900 a member = 0.6 of 1,500 → 25; 3 dependents × 5 → 15; rented → 10; debts → 10;
        // disability → 15. 75 ≥ 60: high.
        Score score = form.score(form.checkAnswers(answers), new Household(5, 3));

        assertThat(score.total()).isEqualTo(75);
        assertThat(score.needLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(score.factors()).extracting(Factor::labelEn, Factor::observed, Factor::points).containsExactly(
                tuple("Income per member between half and the full poverty line", "0.6", 25),
                tuple("Dependents (5 points each)", "3", 15),
                tuple("Rented home", "rented", 10),
                tuple("Debts of 20,000 riyals or more", "25000", 10),
                tuple("Disability", "yes", 15));
    }

    @Test
    void aSingleOwnerWithASalaryAboveThePovertyLineScoresNothing() {
        Score score = form.score(form.checkAnswers(answers("6000", "0", "0", "0", "owned", "employed")),
                new Household(1, 0));

        assertThat(score.total()).isZero();
        assertThat(score.needLevel()).isEqualTo(NeedLevel.LOW);
        assertThat(score.factors()).isEmpty();
    }

    @Test
    void dependentsAreCappedAndTheLevelFollowsTheThresholds() {
        // 0 a member → 40; 6 dependents × 5 = 30, capped at 20; owned, retired: 40 + 20 = 60, high.
        Score capped = form.score(form.checkAnswers(answers("0", "0", "0", "0", "owned", "retired")),
                new Household(7, 6));
        assertThat(capped.total()).isEqualTo(60);
        assertThat(capped.factors()).extracting(Factor::points).containsExactly(40, 20);

        // 2,400 / 2 = 1,200 a member = 0.8 → 25; unemployed → 10. 35: medium.
        Score medium = form.score(form.checkAnswers(answers("0", "2400", "0", "0", "family", "unemployed")),
                new Household(2, 0));
        assertThat(medium.total()).isEqualTo(35);
        assertThat(medium.needLevel()).isEqualTo(NeedLevel.MEDIUM);
    }

    @Test
    void numbersTypedOnAnArabicKeyboardCountTheSame() {
        Map<String, String> arabic = answers("٣٬٠٠٠", "١٥٠٠٫٥", "0", "٢٥٠٠٠", "rented", "employed");

        Map<String, String> checked = form.checkAnswers(arabic);

        assertThat(checked).containsEntry("income_salary", "3000").containsEntry("income_social_security", "1500.5")
                .containsEntry("debts", "25000");
    }

    @Test
    void theBeneficiaryIsNotAskedTheOfficersNotes() {
        Map<String, String> answers = answers("3000", "0", "0", "0", "owned", "employed");
        answers.put("notes", "ملاحظة");

        assertThat(form.checkAnswers(answers, AssessedVia.PORTAL)).doesNotContainKey("notes");
        assertThat(form.checkAnswers(answers, AssessedVia.HOME_VISIT)).containsEntry("notes", "ملاحظة");
    }

    @Test
    void answersAreCheckedAllAtOnce() {
        Map<String, String> answers = answers("-5", "abc", "0", "0", "castle", "employed");
        answers.put("chronic_illness", "maybe");

        assertThatThrownBy(() -> form.checkAnswers(answers)).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field()).containsExactly(
                        "answers[income_salary]", "answers[income_social_security]", "answers[housing_ownership]",
                        "answers[chronic_illness]"));
    }

    @Test
    void aDefinitionNamesEveryProblem() {
        AssessmentDefinition broken = new AssessmentDefinition("", null, List.of(), List.of(new AssessmentDefinition.Rule(
                "x", null, ScoreSource.QUESTION, "missing", null, null, null, 5, false, null)), BigDecimal.ZERO, 50, 40, 0);

        assertThatThrownBy(broken::check).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.problems()).extracting(problem -> problem.field()).containsExactly(
                        "titleAr", "questions", "rules[0].questionCode", "povertyLine", "highFrom", "validityMonths"));
    }

    private static Map<String, String> answers(String salary, String socialSecurity, String rent, String debts,
            String ownership, String employment) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", socialSecurity);
        answers.put("income_other", "0");
        answers.put("rent", rent);
        answers.put("debts", debts);
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", ownership);
        answers.put("employment", employment);
        return answers;
    }
}
