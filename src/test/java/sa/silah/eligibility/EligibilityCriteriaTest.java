package sa.silah.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.Applicant.SegmentName;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** Each rule alone, met and not met, then together; and the rules an administrator may not write. */
class EligibilityCriteriaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final SegmentName WIDOWS = new SegmentName("WIDOWS", "الأرامل", "Widows");
    static final SegmentName ORPHANS = new SegmentName("ORPHANS", "الأيتام", "Orphans");

    /** A mother of 40 in Riyadh, household of 4, medium need, 900 SAR a member, the service never received. */
    static Applicant mother() {
        return new Applicant(List.of(WIDOWS), NeedLevel.MEDIUM, new BigDecimal("900"), LocalDate.of(1986, 5, 1), 4,
                "الرياض", null);
    }

    static EligibilityCriteria only(NeedLevel level, BigDecimal income, Integer ageFrom, Integer ageTo,
            Integer householdFrom, Integer householdTo, List<String> cities, Integer months) {
        return new EligibilityCriteria(level, income, ageFrom, ageTo, householdFrom, householdTo, cities, months);
    }

    static EligibilityDecision decide(EligibilityCriteria criteria, Applicant applicant) {
        return criteria.decide(List.of(), applicant, TODAY);
    }

    @Test
    void noRulesAndNoSegmentsIsEligibleWithNoReasons() {
        EligibilityDecision decision = EligibilityCriteria.NONE.decide(List.of(), mother(), TODAY);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void segments() {
        assertThat(EligibilityCriteria.NONE.decide(List.of(ORPHANS, WIDOWS), mother(), TODAY).reasons())
                .singleElement().satisfies(reason -> {
                    assertThat(reason.rule()).isEqualTo(EligibilityRule.SEGMENT);
                    assertThat(reason.passed()).isTrue();
                    assertThat(reason.arguments()).containsExactly(
                            new Wording.Names(List.of("الأرامل"), List.of("Widows")),
                            new Wording.Names(List.of("الأيتام", "الأرامل"), List.of("Orphans", "Widows")));
                });
        assertThat(EligibilityCriteria.NONE.decide(List.of(ORPHANS), mother(), TODAY).eligible()).isFalse();
        Applicant noSegment = new Applicant(List.of(), null, null, null, 1, null, null);
        assertThat(EligibilityCriteria.NONE.decide(List.of(ORPHANS), noSegment, TODAY).reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.messageKey()).isEqualTo("eligibility.reason.segment.none"));
    }

    @Test
    void needLevelAtLeastTheMinimum() {
        EligibilityCriteria medium = only(NeedLevel.MEDIUM, null, null, null, null, null, null, null);
        assertThat(decide(medium, mother())).satisfies(decision -> {
            assertThat(decision.eligible()).isTrue();
            assertThat(decision.reasons()).singleElement().satisfies(reason -> assertThat(reason.arguments())
                    .containsExactly(Wording.key("eligibility.needLevel.MEDIUM"),
                            Wording.key("eligibility.needLevel.MEDIUM")));
        });
        assertThat(decide(only(NeedLevel.HIGH, null, null, null, null, null, null, null), mother()).eligible())
                .isFalse();
        Applicant notAssessed = new Applicant(List.of(), null, null, null, 4, null, null);
        assertThat(decide(medium, notAssessed).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.passed()).isFalse();
            assertThat(reason.messageKey()).isEqualTo("eligibility.reason.needLevel.notAssessed");
        });
    }

    @Test
    void incomePerMemberAtMostTheLimit() {
        EligibilityDecision within = decide(only(null, new BigDecimal("1500"), null, null, null, null, null, null),
                mother());
        assertThat(within.eligible()).isTrue();
        assertThat(within.reasons().get(0).arguments()).containsExactly(new BigDecimal("900"), new BigDecimal("1500"));
        assertThat(decide(only(null, new BigDecimal("900"), null, null, null, null, null, null), mother()).eligible())
                .as("the limit itself is within").isTrue();
        assertThat(decide(only(null, new BigDecimal("899.99"), null, null, null, null, null, null), mother())
                .eligible()).isFalse();
        Applicant notAssessed = new Applicant(List.of(), null, null, null, 4, null, null);
        assertThat(decide(only(null, new BigDecimal("1500"), null, null, null, null, null, null), notAssessed)
                .reasons().get(0).messageKey()).isEqualTo("eligibility.reason.income.notAssessed");
    }

    @Test
    void ageWithinTheRangeOnTheDay() {
        // Born 1 May 1986: 40 on 27 November 2026.
        assertThat(decide(only(null, null, 40, 60, null, null, null, null), mother()).eligible()).isTrue();
        assertThat(decide(only(null, null, 41, null, null, null, null, null), mother()).eligible()).isFalse();
        assertThat(decide(only(null, null, null, 39, null, null, null, null), mother()).eligible()).isFalse();
        assertThat(decide(only(null, null, 18, null, null, null, null, null), mother()).reasons().get(0).arguments())
                .containsExactly(40, Wording.key("eligibility.range.from", 18));
        Applicant unborn = new Applicant(List.of(), null, null, null, 4, null, null);
        assertThat(decide(only(null, null, 18, null, null, null, null, null), unborn).reasons().get(0).messageKey())
                .isEqualTo("eligibility.reason.age.unknown");
    }

    @Test
    void householdSizeWithinTheRange() {
        assertThat(decide(only(null, null, null, null, 4, 4, null, null), mother()).eligible()).isTrue();
        assertThat(decide(only(null, null, null, null, 5, null, null, null), mother()).eligible()).isFalse();
        Applicant organisation = new Applicant(List.of(), null, null, null, null, "الرياض", null);
        assertThat(decide(only(null, null, null, null, 1, null, null, null), organisation).reasons().get(0))
                .satisfies(reason -> {
                    assertThat(reason.passed()).isFalse();
                    assertThat(reason.messageKey()).isEqualTo("eligibility.reason.household.none");
                });
    }

    @Test
    void cityAmongTheListAsTypedByHand() {
        assertThat(decide(only(null, null, null, null, null, null, List.of("جدة", " الرياض "), null), mother())
                .eligible()).isTrue();
        Applicant makkah = new Applicant(List.of(), null, null, null, 1, "مكه المكرمه", null);
        assertThat(decide(only(null, null, null, null, null, null, List.of("مكة المكرمة"), null), makkah).eligible())
                .isTrue();
        assertThat(decide(only(null, null, null, null, null, null, List.of("جدة"), null), mother()).eligible())
                .isFalse();
        Applicant nowhere = new Applicant(List.of(), null, null, null, 1, " ", null);
        assertThat(decide(only(null, null, null, null, null, null, List.of("جدة"), null), nowhere).reasons().get(0)
                .messageKey()).isEqualTo("eligibility.reason.city.unknown");
    }

    @Test
    void notReceivedWithinTheMonths() {
        EligibilityCriteria sixMonths = only(null, null, null, null, null, null, null, 6);
        assertThat(decide(sixMonths, mother()).eligible()).as("never received").isTrue();
        Applicant recently = received(LocalDate.of(2026, 6, 1));
        EligibilityDecision refused = decide(sixMonths, recently);
        assertThat(refused.eligible()).isFalse();
        assertThat(refused.reasons().get(0).arguments()).containsExactly(LocalDate.of(2026, 6, 1), 6,
                LocalDate.of(2026, 12, 1));
        assertThat(decide(sixMonths, received(LocalDate.of(2026, 5, 26))).eligible()).isTrue();
    }

    @Test
    void everyRuleTogetherNeedsEveryRuleMetAndExplainsEach() {
        EligibilityCriteria all = only(NeedLevel.MEDIUM, new BigDecimal("1500"), 18, 60, 2, 10, List.of("الرياض"), 12);
        EligibilityDecision met = all.decide(List.of(WIDOWS), mother(), TODAY);
        assertThat(met.eligible()).isTrue();
        assertThat(met.reasons()).extracting(Reason::rule).containsExactly(EligibilityRule.SEGMENT,
                EligibilityRule.NEED_LEVEL, EligibilityRule.INCOME_PER_MEMBER, EligibilityRule.AGE,
                EligibilityRule.HOUSEHOLD_SIZE, EligibilityRule.CITY, EligibilityRule.NOT_RECEIVED_WITHIN);

        Applicant richerInJeddah = new Applicant(List.of(WIDOWS), NeedLevel.MEDIUM, new BigDecimal("2000"),
                LocalDate.of(1986, 5, 1), 4, "جدة", null);
        EligibilityDecision notMet = all.decide(List.of(WIDOWS), richerInJeddah, TODAY);
        assertThat(notMet.eligible()).isFalse();
        assertThat(notMet.failedRules()).containsExactly(EligibilityRule.INCOME_PER_MEMBER, EligibilityRule.CITY);
        assertThat(notMet.reasons()).filteredOn(Reason::passed).hasSize(5);
    }

    @Test
    void refusesRulesThatCannotBeMetOrRead() {
        assertThatThrownBy(() -> only(null, new BigDecimal("-1"), 60, 18, 0, 3, List.of(), 0).check())
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("maximumIncomePerMember", "eligibility.income.invalid"),
                                new FieldProblem("ageTo", "eligibility.range.reversed"),
                                new FieldProblem("householdFrom", "eligibility.household.invalid"),
                                new FieldProblem("notReceivedWithinMonths", "eligibility.months.invalid")));
        only(NeedLevel.LOW, new BigDecimal("1500.50"), 18, 18, 1, 1, List.of("الرياض", "", "الرياض"), 120).check();
        assertThat(only(null, null, null, null, null, null, List.of("الرياض", " ", "الرياض "), null).cities())
                .containsExactly("الرياض");
    }

    private static Applicant received(LocalDate day) {
        Applicant mother = mother();
        return new Applicant(mother.segments(), mother.needLevel(), mother.incomePerMember(), mother.birthDate(),
                mother.householdSize(), mother.city(), day);
    }
}
