package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.web.SurveyForm;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

@IntegrationTest
class SurveyAdminPagesIT {

    private static final RequestPostProcessor ADMIN = user("test-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    SurveyCatalog catalog;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    Casework casework;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    SatisfactionFixture fixture;
    String code;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        code = "test-" + fixture.suffix.toLowerCase();
    }

    @Test
    void aRevisionMakesTheNextVersionAndAnswersKeepTheVersionTheyAnswered() throws Exception {
        mvc.perform(survey(post("/admin/surveys/new").param("code", code), "كيف كانت الخدمة؟").param("action", "save"))
                .andExpect(redirectedUrl("/admin/surveys/" + code + "/versions"));
        Survey first = catalog.current(code);
        assertThat(first.getVersionNo()).isEqualTo(1);
        assertThat(first.getCreatedBy()).isEqualTo("test-admin");
        mvc.perform(get("/admin/surveys").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)));

        catalog.assign(fixture.serviceId, null, code);
        SurveyResponse answered = fixture.answer(fixture.request(), Map.of("overall", "5"));

        mvc.perform(survey(post("/admin/surveys/" + code + "/edit"), "ما رأيك في الخدمة؟")
                        .param("questions[1].key", "comment").param("questions[1].type", "TEXT")
                        .param("questions[1].textAr", "ملاحظاتك").param("questions[1].textEn", "Your comments")
                        .param("action", "save"))
                .andExpect(redirectedUrl("/admin/surveys/" + code + "/versions"));

        Survey second = catalog.current(code);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThat(second.getQuestions()).extracting(SurveyQuestion::getKey).containsExactly("overall", "comment");
        Survey retired = catalog.version(first.getId());
        assertThat(retired.isCurrent()).isFalse();
        assertThat(retired.getQuestions()).extracting(SurveyQuestion::getTextAr).containsExactly("كيف كانت الخدمة؟");
        assertThat(satisfaction.response(answered.getId()).getSurveyId()).isEqualTo(first.getId());

        mvc.perform(get("/admin/surveys/" + code + "/versions").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/surveys/" + code + "/versions/" + first.getId())));
        mvc.perform(get("/admin/surveys/" + code + "/versions/" + first.getId()).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("كيف كانت الخدمة؟")));
        mvc.perform(get("/admin/surveys/general/versions/" + first.getId()).with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aBadQuestionIsShownBesideItsFieldsKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/surveys/new").with(ADMIN).with(csrf()).param("code", code)
                        .param("nameAr", "استبيان").param("nameEn", "Survey")
                        .param("questions[0].key", "overall").param("questions[0].type", "RATING")
                        .param("questions[0].textAr", "سؤال مكتوب").param("questions[0].textEn", "Fine")
                        .param("questions[1].key", "Bad Key").param("questions[1].type", "CHOICE")
                        .param("questions[1].textAr", "اختر").param("questions[1].textEn", "")
                        .param("questions[1].choicesAr", "أ\nب").param("questions[1].choicesEn", "A")
                        .param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "questions[1].textEn", "survey.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "questions[1].key", "survey.question.key.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "questions[1].choicesEn", "survey.question.choices.invalid"))
                .andExpect(content().string(containsString("سؤال مكتوب")))
                .andExpect(content().string(containsString("value=\"Bad Key\"")))
                .andExpect(content().string(containsString("aria-describedby=\"questions[1].textEn-error\"")));
        assertThat(catalog.versions(code)).isEmpty();
    }

    @Test
    void rowsAreAddedRemovedAndMovedWithoutSaving() throws Exception {
        SurveyForm added = form(mvc.perform(survey(post("/admin/surveys/new").param("code", code), "أول")
                .param("action", "add")).andExpect(status().isOk()).andReturn().getModelAndView().getModel());
        assertThat(added.getQuestions()).hasSize(2);

        SurveyForm removed = form(mvc.perform(survey(post("/admin/surveys/new").param("code", code), "أول")
                .param("questions[1].key", "second").param("questions[1].textAr", "ثان").param("remove", "0"))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel());
        assertThat(removed.getQuestions()).extracting(SurveyForm.QuestionRow::getKey).containsExactly("second");

        SurveyForm moved = form(mvc.perform(survey(post("/admin/surveys/new").param("code", code), "أول")
                .param("questions[1].key", "second").param("up", "1"))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel());
        assertThat(moved.getQuestions()).extracting(SurveyForm.QuestionRow::getKey).containsExactly("second", "overall");
        assertThat(catalog.versions(code)).isEmpty();
    }

    @Test
    void onlyAdministratorsManageSurveys() throws Exception {
        mvc.perform(get("/admin/surveys").with(user(fixture.manager).roles("MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/surveys/assignments").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/surveys/new").with(user(fixture.manager).roles("MANAGER")).with(csrf())
                .param("code", code)).andExpect(status().isForbidden());
        assertThat(catalog.versions(code)).isEmpty();
    }

    @Test
    void anInquiryAssignmentPicksTheSurveyAndTheDefaultStays() throws Exception {
        catalog.create(code, new SurveyDefinition("قصير", "Short", List.of(new SurveyDefinition.Question("overall",
                QuestionType.RATING, Measure.OVERALL, "رضاك؟", "Satisfied?", null, null, true))), "test-admin");
        try {
            mvc.perform(post("/admin/surveys/assignments").with(ADMIN).with(csrf())
                            .param("serviceId", "").param("kind", "INQUIRY").param("surveyCode", code))
                    .andExpect(redirectedUrl("/admin/surveys/assignments"));
            assertThat(catalog.surveyFor(null, RequestKind.INQUIRY).getCode()).isEqualTo(code);
            mvc.perform(get("/admin/surveys/assignments").with(ADMIN).param("lang", "en")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Inquiry")))
                    .andExpect(content().string(containsString(code)))
                    .andExpect(content().string(not(containsString("alert-danger"))));
        }
        finally {
            catalog.assign(null, RequestKind.INQUIRY, "inquiry");
        }

        SurveyAssignment standard = catalog.assignments().stream()
                .filter(a -> a.getServiceId() == null && a.getRequestKind() == null).findFirst().orElseThrow();
        mvc.perform(post("/admin/surveys/assignments/" + standard.getId() + "/remove").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("لا يمكن حذف التخصيص الافتراضي")));
        assertThat(catalog.assignments()).extracting(SurveyAssignment::getId).contains(standard.getId());
    }

    @Test
    void theApiListsTheCurrentSurveysWithTheirQuestionsToAdministrators() throws Exception {
        String admin = TestAccounts.ensure(staff, Role.ADMIN);
        mvc.perform(get("/api/v1/surveys").with(httpBasic(admin, TestAccounts.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("general")))
                .andExpect(jsonPath("$[?(@.code == 'general')].questions[0].key", hasItem("overall")))
                .andExpect(jsonPath("$[?(@.code == 'general')].questions[0].measure", hasItem("OVERALL")));
        mvc.perform(get("/api/v1/surveys").with(httpBasic(fixture.manager, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    /** A one-question survey form, with the overall rating asked in these words. */
    private static MockHttpServletRequestBuilder survey(MockHttpServletRequestBuilder request, String question) {
        return request.with(ADMIN).with(csrf()).param("nameAr", "استبيان الاختبار").param("nameEn", "Test survey")
                .param("questions[0].key", "overall").param("questions[0].type", "RATING")
                .param("questions[0].measure", "OVERALL").param("questions[0].textAr", question)
                .param("questions[0].textEn", "How was the service?").param("questions[0].required", "true");
    }

    private static SurveyForm form(Map<String, Object> model) {
        return (SurveyForm) model.get("form");
    }
}
