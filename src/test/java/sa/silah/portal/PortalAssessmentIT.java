package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentStatus;
import sa.silah.assessment.NeedAssessments;
import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The beneficiary fills the needs assessment in the portal: it waits for an officer, then shows the need level and
 * validity or the reason it was rejected; bad answers are marked and kept; health questions appear only with consent;
 * another beneficiary sees nothing of it.
 */
@IntegrationTest
class PortalAssessmentIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    NeedAssessments assessments;

    PortalSignIn portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSignIn(mvc, jdbc);
    }

    @Test
    void theBeneficiarySubmitsWaitsForTheOfficerAndSeesTheVerifiedNeedLevel() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);

        mvc.perform(get("/portal").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/portal/me/assessment\"")));
        mvc.perform(get("/portal/me/assessment").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"answers[income_salary]\""),
                        containsString("name=\"answers[housing_ownership]\""),
                        not(containsString("name=\"answers[disability]\"")),
                        not(containsString("name=\"answers[notes]\"")),
                        containsString("id=\"assessment-sensitive-note\""), containsString("href=\"/portal/me/consents\""),
                        not(containsString("id=\"assessment-status\"")))));

        mvc.perform(answers(post("/portal/me/assessment").session(session).with(csrf())))
                .andExpect(redirectedUrl("/portal/me/assessment"));

        Assessment submitted = latestOf(beneficiary);
        assertThat(submitted.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.getVia()).isEqualTo(AssessedVia.PORTAL);
        assertThat(submitted.getAssessedBy()).isEqualTo("beneficiary:" + beneficiary.getId());
        assertThat(submitted.answers()).containsEntry("income_salary", "1800").containsEntry("housing_ownership", "rented");
        mvc.perform(get("/portal/me/assessment").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"assessment-status\""),
                        containsString("بانتظار تحقق الباحث"), not(containsString("id=\"assessment-form\"")))));

        Assessment verified = assessments.verify(submitted.getId(), "test-officer");
        // 1,800 for one member is 1.2 of the poverty line (10 points) and a rented home 10: low need.
        assertThat(verified.getNeedLevel()).isEqualTo(NeedLevel.LOW);
        mvc.perform(get("/portal/me/assessment").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("معتمد"), containsString("منخفض"),
                        containsString(new Dates().date(verified.getValidUntil(), Locale.forLanguageTag("ar"))),
                        containsString("id=\"assessment-form\""))));
    }

    @Test
    void aRejectedAssessmentShowsTheReasonAndAnotherBeneficiarySeesNoneOfIt() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);
        mvc.perform(answers(post("/portal/me/assessment").session(session).with(csrf())))
                .andExpect(redirectedUrl("/portal/me/assessment"));
        assessments.reject(latestOf(beneficiary).getId(), "الراتب لا يطابق المستند", "test-officer");

        mvc.perform(get("/portal/me/assessment").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("لم يُقبل"), containsString("الراتب لا يطابق المستند"))));

        MockHttpSession other = portal.claimed(registered());
        mvc.perform(get("/portal/me/assessment").session(other)).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"assessment-status\"")),
                        not(containsString("الراتب لا يطابق المستند")))));
        mvc.perform(get("/portal/me/assessment")).andExpect(redirectedUrl("/portal/login"));
    }

    @Test
    void badAnswersAreMarkedBesideTheirQuestionsKeepingWhatWasTyped() throws Exception {
        Beneficiary beneficiary = registered();
        MockHttpSession session = portal.claimed(beneficiary);

        mvc.perform(post("/portal/me/assessment").session(session).with(csrf())
                        .param("answers[income_salary]", "ألف").param("answers[income_other]", "250")
                        .param("answers[housing_type]", "castle"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "answers[income_salary]",
                        "assessment.answer.invalid.NUMBER"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answers[housing_type]",
                        "assessment.answer.invalid.SINGLE_CHOICE"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answers[employment]", "assessment.answer.required"))
                .andExpect(content().string(allOf(containsString("value=\"ألف\""), containsString("value=\"250\""),
                        containsString("is-invalid"))));
        assertThat(assessments.history(beneficiary.getId(), PageRequest.of(0, 1))).isEmpty();
    }

    @Test
    void healthQuestionsAreAskedOnceTheBeneficiaryConsented() throws Exception {
        Beneficiary beneficiary = registered();
        registry.recordConsent(beneficiary.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.WEBSITE);
        MockHttpSession session = portal.claimed(beneficiary);

        mvc.perform(get("/portal/me/assessment").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"answers[disability]\""),
                        not(containsString("id=\"assessment-sensitive-note\"")))));
        mvc.perform(answers(post("/portal/me/assessment").session(session).with(csrf()))
                .param("answers[disability]", "yes")).andExpect(redirectedUrl("/portal/me/assessment"));
        assertThat(latestOf(beneficiary).sensitiveAnswers()).containsEntry("disability", "yes");
    }

    private Assessment latestOf(Beneficiary beneficiary) {
        return assessments.history(beneficiary.getId(), PageRequest.of(0, 1)).getContent().get(0);
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request) {
        return request.param("answers[income_salary]", "1800").param("answers[income_social_security]", "0")
                .param("answers[income_other]", "0").param("answers[housing_type]", "apartment")
                .param("answers[housing_ownership]", "rented").param("answers[employment]", "employed");
    }

    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "سارة " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, "جدة", null, null, null, TestData.mobile(), null, null,
                List.of()));
    }
}
