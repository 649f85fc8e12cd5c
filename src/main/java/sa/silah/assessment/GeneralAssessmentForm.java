package sa.silah.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import sa.silah.assessment.AssessmentDefinition.Choice;
import sa.silah.assessment.AssessmentDefinition.Question;
import sa.silah.assessment.AssessmentDefinition.Rule;
import sa.silah.shared.CurrentActor;

/**
 * The form every installation starts with, so that officers can assess on the first day: income by source, fixed
 * expenses and debts, housing, work, and health (sensitive), scored against a poverty line of 1,500 riyals a member
 * a month. Administrators change any of it in the next version.
 */
@Component
class GeneralAssessmentForm {

    private static final String INCOME = "الدخل الشهري";
    private static final String EXPENSES = "المصروفات والديون";
    private static final String HOUSING = "السكن والعمل";
    private static final String HEALTH = "الصحة";

    private final NeedAssessments assessments;

    GeneralAssessmentForm(NeedAssessments assessments) {
        this.assessments = assessments;
    }

    /** First among what runs when the application is ready, so that what assesses on start (the demo) finds it. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void writeWhenThereIsNone() {
        if (!assessments.currentForms().isEmpty()) {
            return;
        }
        try {
            assessments.saveForm(NeedAssessments.GENERAL_FORM, definition(), CurrentActor.SYSTEM);
        }
        catch (DataIntegrityViolationException anotherNodeWroteIt) {
            // Two nodes starting together: the other one's version 1 stands.
        }
    }

    static AssessmentDefinition definition() {
        return new AssessmentDefinition("تقدير الحاجة العام", "General needs assessment", List.of(
                number("income_salary", INCOME, "Monthly income", "الراتب أو الأجر", "Salary or wages", IncomeRole.INCOME),
                number("income_social_security", INCOME, "Monthly income", "الضمان الاجتماعي",
                        "Social security", IncomeRole.INCOME),
                number("income_other", INCOME, "Monthly income", "دخل آخر (إعانات، نفقة، إيجارات)",
                        "Other income (support, alimony, rents)", IncomeRole.INCOME),
                number("rent", EXPENSES, "Expenses and debts", "الإيجار الشهري", "Monthly rent", IncomeRole.EXPENSE),
                number("fixed_expenses", EXPENSES, "Expenses and debts", "مصروفات ثابتة أخرى شهريًا",
                        "Other fixed monthly expenses", IncomeRole.EXPENSE),
                number("debts", EXPENSES, "Expenses and debts", "مجموع الديون", "Total debts", IncomeRole.NONE),
                new Question("housing_type", HOUSING, "Housing and work", "نوع السكن", "Type of housing",
                        QuestionType.SINGLE_CHOICE, null, List.of(new Choice("apartment", "شقة", "Apartment"),
                                new Choice("villa", "فيلا", "Villa"), new Choice("traditional", "بيت شعبي", "Traditional house"),
                                new Choice("room", "غرفة أو ملحق", "Room or annex")), true, false, false),
                new Question("housing_ownership", HOUSING, "Housing and work", "ملكية السكن", "Ownership of the home",
                        QuestionType.SINGLE_CHOICE, null, List.of(new Choice("owned", "ملك", "Owned"),
                                new Choice("rented", "إيجار", "Rented"), new Choice("charity", "سكن خيري", "Charity housing"),
                                new Choice("family", "مع الأقارب", "With relatives")), true, false, true),
                new Question("employment", HOUSING, "Housing and work", "عمل عائل الأسرة", "Work of the head of household",
                        QuestionType.SINGLE_CHOICE, null, List.of(new Choice("employed", "موظف", "Employed"),
                                new Choice("unemployed", "لا يعمل", "Not working"), new Choice("retired", "متقاعد", "Retired"),
                                new Choice("student", "طالب", "Student")), true, false, false),
                new Question("chronic_illness", HEALTH, "Health", "هل في الأسرة مرض مزمن؟",
                        "Is there a chronic illness in the household?", QuestionType.YES_NO, null, List.of(), false,
                        true, true),
                new Question("disability", HEALTH, "Health", "هل في الأسرة إعاقة؟",
                        "Is there a disability in the household?", QuestionType.YES_NO, null, List.of(), false, true,
                        true),
                new Question("notes", null, null, "ملاحظات الباحث", "The officer's notes", QuestionType.TEXT, null,
                        List.of(), false, false, false, true)),
                List.of(range("الدخل للفرد أقل من نصف خط الكفاية", "Income per member below half the poverty line",
                                ScoreSource.POVERTY_LINE_RATIO, null, "0.5", 40),
                        range("الدخل للفرد بين نصف خط الكفاية وكامله", "Income per member between half and the full poverty line",
                                ScoreSource.POVERTY_LINE_RATIO, "0.5", "1", 25),
                        range("الدخل للفرد قريب من خط الكفاية", "Income per member just above the poverty line",
                                ScoreSource.POVERTY_LINE_RATIO, "1", "1.5", 10),
                        new Rule("المعالون (5 نقاط لكل معال)", "Dependents (5 points each)", ScoreSource.DEPENDENTS,
                                null, null, null, null, 5, true, 20),
                        choice("السكن بالإيجار", "Rented home", "housing_ownership", "rented", 10),
                        choice("سكن خيري", "Charity housing", "housing_ownership", "charity", 5),
                        new Rule("ديون 20 ألف ريال فأكثر", "Debts of 20,000 riyals or more", ScoreSource.QUESTION,
                                "debts", new BigDecimal("20000"), null, null, 10, false, null),
                        choice("عائل الأسرة لا يعمل", "Head of household not working", "employment", "unemployed", 10),
                        choice("مرض مزمن", "Chronic illness", "chronic_illness", "yes", 10),
                        choice("إعاقة", "Disability", "disability", "yes", 15)),
                new BigDecimal("1500"), 30, 60, 12);
    }

    private static Question number(String code, String sectionAr, String sectionEn, String textAr, String textEn,
            IncomeRole role) {
        return new Question(code, sectionAr, sectionEn, textAr, textEn, QuestionType.NUMBER, role, List.of(),
                role == IncomeRole.INCOME, false, role == IncomeRole.INCOME);
    }

    private static Rule range(String labelAr, String labelEn, ScoreSource source, String from, String below,
            int points) {
        return new Rule(labelAr, labelEn, source, null, from == null ? null : new BigDecimal(from),
                new BigDecimal(below), null, points, false, null);
    }

    private static Rule choice(String labelAr, String labelEn, String question, String value, int points) {
        return new Rule(labelAr, labelEn, ScoreSource.QUESTION, question, null, null, value, points, false, null);
    }
}
