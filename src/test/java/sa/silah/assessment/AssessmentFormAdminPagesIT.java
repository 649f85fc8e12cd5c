package sa.silah.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.assessment.AssessmentDefinition.Choice;
import sa.silah.assessment.AssessmentDefinition.Rule;
import sa.silah.test.IntegrationTest;

/**
 * The administrator's form designer: a new form is version 1, an edit writes the next version and keeps the old one
 * readable, bad rows are marked beside their fields with everything typed kept, the row buttons change the page
 * without saving, the scoring reads in plain words, and only administrators get in.
 */
@IntegrationTest
class AssessmentFormAdminPagesIT {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    NeedAssessments assessments;

    String code;

    @BeforeEach
    void code() {
        code = "f_" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aNewFormIsVersionOneAndAnEditWritesTheNextVersionKeepingTheOld() throws Exception {
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج الأسر")
                        .param("action", "save"))
                .andExpect(redirectedUrl("/admin/assessment-forms/" + code + "/versions"));
        AssessmentForm first = assessments.currentForm(code);
        assertThat(first.getVersionNo()).isEqualTo(1);
        assertThat(first.getCreatedBy()).isEqualTo("test-admin");
        AssessmentDefinition written = first.definition();
        assertThat(written.questions()).singleElement().satisfies(question -> {
            assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(question.choices()).containsExactly(new Choice("rented", "إيجار", "Rented"),
                    new Choice("owned", "ملك", "Owned"));
            assertThat(question.sensitive()).isFalse();
            assertThat(question.evidence()).isTrue();
        });
        assertThat(written.rules()).containsExactly(new Rule("السكن بالإيجار", "Rented home", ScoreSource.QUESTION,
                "ownership", null, null, "rented", 10, false, null));
        assertThat(written.povertyLine()).isEqualByComparingTo(new BigDecimal("1500"));
        mvc.perform(get("/admin/assessment-forms").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("نموذج الأسر"))));

        mvc.perform(get("/admin/assessment-forms/" + code + "/edit").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("rented=إيجار|Rented"),
                        containsString("حين تكون الإجابة عن «ملكية السكن»: «إيجار»"))));
        mvc.perform(design(post("/admin/assessment-forms/" + code + "/edit"), "نموذج الأسر المعدل")
                        .param("action", "save"))
                .andExpect(redirectedUrl("/admin/assessment-forms/" + code + "/versions"));

        AssessmentForm second = assessments.currentForm(code);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThat(second.definition().titleAr()).isEqualTo("نموذج الأسر المعدل");
        AssessmentForm old = assessments.form(first.getId());
        assertThat(old.isCurrent()).isFalse();
        assertThat(old.definition().titleAr()).isEqualTo("نموذج الأسر");

        mvc.perform(get("/admin/assessment-forms/" + code + "/versions").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("/admin/assessment-forms/" + code + "/versions/" + first.getId()),
                        containsString("/admin/assessment-forms/" + code + "/versions/" + second.getId()))));
        mvc.perform(get("/admin/assessment-forms/" + code + "/versions/" + first.getId()).with(ADMIN))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("نموذج الأسر"),
                        not(containsString("نموذج الأسر المعدل")), containsString("السكن بالإيجار: 10 نقطة"))));
        mvc.perform(get("/admin/assessment-forms/general/versions/" + first.getId()).with(ADMIN))
                .andExpect(status().isNotFound());
    }

    @Test
    void badRowsAreMarkedBesideTheirFieldsKeepingWhatWasTypedAndNothingIsWritten() throws Exception {
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج", "1500", "10")
                        .param("questions[1].code", "Bad Code").param("questions[1].type", "NUMBER")
                        .param("questions[1].textAr", "سؤال ثان مكتوب")
                        .param("rules[1].labelAr", "دخل").param("rules[1].source", "INCOME_PER_MEMBER")
                        .param("rules[1].from", "20").param("rules[1].below", "10").param("rules[1].points", "5")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "questions[1].code", "assessment.form.code.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "rules[1].below", "assessment.form.rule.range.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "highFrom", "assessment.form.levels.invalid"))
                .andExpect(content().string(allOf(containsString("value=\"Bad Code\""),
                        containsString("سؤال ثان مكتوب"), containsString("is-invalid"))));
        assertThat(assessments.versions(code)).isEmpty();

        mvc.perform(design(post("/admin/assessment-forms/new").param("code", "general"), "نموذج").param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "assessment.form.code.taken"));
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج", "كثير", "60")
                        .param("action", "save"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "povertyLine"));
        assertThat(assessments.versions(code)).isEmpty();
    }

    @Test
    void rowButtonsAddRemoveAndMoveRowsWithoutSaving() throws Exception {
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج")
                        .param("action", "addQuestion"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("questions[1].code"), containsString("rented=إيجار|Rented"))));
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج")
                        .param("questions[1].code", "second").param("upQuestion", "1"))
                .andExpect(status().isOk()).andExpect(model().attribute("form",
                        org.hamcrest.Matchers.hasProperty("questions", org.hamcrest.Matchers.contains(
                                org.hamcrest.Matchers.hasProperty("code", org.hamcrest.Matchers.is("second")),
                                org.hamcrest.Matchers.hasProperty("code", org.hamcrest.Matchers.is("ownership"))))));
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج").param("action", "addRule"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("rules[1].labelAr")));
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج").param("removeRule", "0"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("rules[0].labelAr"))));
        assertThat(assessments.versions(code)).isEmpty();
    }

    @Test
    void theScoringOfTheGeneralFormReadsInPlainArabic() throws Exception {
        mvc.perform(get("/admin/assessment-forms/general/scoring").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("الدخل للفرد أقل من نصف خط الكفاية: 40 نقطة"),
                        containsString("الدخل للفرد نسبةً إلى خط الكفاية أقل من 0.5"),
                        containsString("5 نقاط عن كل واحد من المعالين، بحد أقصى 20 نقطة"),
                        containsString("حين تكون الإجابة عن «ملكية السكن»: «إيجار»"),
                        containsString("خط الكفاية 1500 ريال للفرد شهريًا"))));
    }

    @Test
    void onlyAdministratorsDesignForms() throws Exception {
        RequestPostProcessor officer = user("test-officer").roles("OFFICER");
        mvc.perform(get("/admin/assessment-forms").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/assessment-forms/general/scoring").with(officer)).andExpect(status().isForbidden());
        mvc.perform(design(post("/admin/assessment-forms/new").param("code", code), "نموذج").with(officer)
                .param("action", "save")).andExpect(status().isForbidden());
        assertThat(assessments.versions(code)).isEmpty();
    }

    /** A form of one choice question and one rule on it, as the page sends it. */
    private static MockHttpServletRequestBuilder design(MockHttpServletRequestBuilder request, String titleAr) {
        return design(request, titleAr, "1500", "60");
    }

    private static MockHttpServletRequestBuilder design(MockHttpServletRequestBuilder request, String titleAr,
            String povertyLine, String highFrom) {
        return request.with(ADMIN).with(csrf()).param("titleAr", titleAr).param("titleEn", "Families")
                .param("questions[0].code", "ownership").param("questions[0].type", "SINGLE_CHOICE")
                .param("questions[0].incomeRole", "NONE").param("questions[0].sectionAr", "السكن")
                .param("questions[0].textAr", "ملكية السكن").param("questions[0].textEn", "Ownership")
                .param("questions[0].choices", "rented=إيجار|Rented\nowned=ملك|Owned")
                .param("questions[0].required", "true").param("_questions[0].required", "on")
                .param("questions[0].evidence", "true").param("_questions[0].evidence", "on")
                .param("_questions[0].sensitive", "on")
                .param("rules[0].labelAr", "السكن بالإيجار").param("rules[0].labelEn", "Rented home")
                .param("rules[0].source", "QUESTION").param("rules[0].questionCode", "ownership")
                .param("rules[0].value", "rented").param("rules[0].points", "10").param("_rules[0].perUnit", "on")
                .param("povertyLine", povertyLine).param("mediumFrom", "30").param("highFrom", highFrom)
                .param("validityMonths", "12");
    }
}
