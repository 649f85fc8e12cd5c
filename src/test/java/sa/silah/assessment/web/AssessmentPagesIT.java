package sa.silah.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentStatus;
import sa.silah.assessment.NeedAssessments;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.Relation;
import sa.silah.shared.Channel;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The officer's assessment pages: the form by section, a refused form that keeps what was typed, the explained score,
 * sensitive questions only with consent, sensitive answers never for staff or the board, evidence, and the queue of
 * portal submissions.
 */
@IntegrationTest
class AssessmentPagesIT {

    static final RequestPostProcessor OFFICER = user("assessing-officer").roles("OFFICER");
    static final RequestPostProcessor STAFF = user("desk-staff").roles("STAFF");
    static final RequestPostProcessor BOARD = user("board-member").roles("BOARD");

    @Autowired
    MockMvc mvc;
    @Autowired
    NeedAssessments assessments;
    @Autowired
    BeneficiaryRegistry registry;

    @Test
    void theFormShowsEachQuestionByTypeAndWithoutConsentLeavesTheHealthQuestionsOut() throws Exception {
        Beneficiary mother = withTwoChildren();

        String page = mvc.perform(get("/beneficiaries/" + mother.getId() + "/assessments/new?form=general&lang=en")
                        .with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Monthly income", "Salary or wages", "inputmode=\"decimal\"",
                "name=\"answers[income_salary]\"", "id=\"a-housing_type-villa\" name=\"answers[housing_type]\" value=\"villa\"",
                "name=\"evidence[income_salary]\"", "value=\"HOME_VISIT\"", "id=\"sensitive-withheld\"", "#consents");
        assertThat(page).doesNotContain("answers[disability]", "answers[chronic_illness]");

        registry.recordConsent(mother.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        mvc.perform(get("/beneficiaries/" + mother.getId() + "/assessments/new").with(OFFICER))
                .andExpect(content().string(containsString("name=\"answers[disability]\"")))
                .andExpect(content().string(not(containsString("id=\"sensitive-withheld\""))));
    }

    @Test
    void aRefusedFormComesBackWithEachProblemBesideItsQuestionAndWhatWasTyped() throws Exception {
        Beneficiary mother = withTwoChildren();

        String page = mvc.perform(post("/beneficiaries/" + mother.getId() + "/assessments").with(OFFICER).with(csrf())
                        .param("lang", "en").param("via", "HOME_VISIT")
                        .param("answers[income_salary]", "eighteen hundred").param("answers[rent]", "2500")
                        .param("answers[housing_ownership]", "rented").param("answers[notes]", "مطبخ بلا ثلاجة"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Enter a number, zero or more", "This question is required",
                "value=\"eighteen hundred\"", "value=\"2500\"", "مطبخ بلا ثلاجة",
                "id=\"a-housing_ownership-rented\" name=\"answers[housing_ownership]\" value=\"rented\" checked",
                "id=\"via-HOME_VISIT\" value=\"HOME_VISIT\" checked");
        assertThat(assessments.history(mother.getId(), Pageable.unpaged())).isEmpty();
    }

    @Test
    void aSavedAssessmentShowsItsScoreExplainedWithEvidenceToDownload() throws Exception {
        Beneficiary mother = withTwoChildren();
        MockMultipartFile certificate = new MockMultipartFile("evidence[income_salary]", "شهادة راتب.pdf",
                "application/pdf", "%PDF-1.4 salary certificate".getBytes(StandardCharsets.US_ASCII));

        String location = mvc.perform(multipart("/beneficiaries/" + mother.getId() + "/assessments").file(certificate)
                        .with(OFFICER).with(csrf()).params(formOf(answers("1800", "rented"))).param("via", "INTERVIEW"))
                .andExpect(redirectedUrlPattern("/assessments/*?assessed")).andReturn().getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring("/assessments/".length(), location.indexOf('?')));

        String page = mvc.perform(get("/assessments/" + id + "?lang=en").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 1,800 / 3 = 600 a member = 0.4 of the line → 40; two dependents → 10; rented → 10.
        assertThat(page).contains("Income per member below half the poverty line", "0.4", "Dependents (5 points each)",
                "Rented home", ">60<", "High", "Rented", "Apartment", "Version 1", "شهادة راتب.pdf");
        assertThat(page).doesNotContain(">rented<");
        Assessment saved = assessments.get(id);
        assertThat(saved.getVia()).isEqualTo(AssessedVia.INTERVIEW);
        assertThat(saved.getValidUntil()).isAfter(LocalDate.now());

        UUID evidenceId = assessments.evidence(id).get(0).getId();
        mvc.perform(get("/assessments/" + id + "/evidence/" + evidenceId).with(STAFF)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().string(containsString("salary certificate")));
        mvc.perform(get("/beneficiaries/" + mother.getId() + "/assessments/card").with(STAFF))
                .andExpect(content().string(containsString("id=\"assessment-card-score\">60<")))
                .andExpect(content().string(not(containsString("assess-now"))));
    }

    @Test
    void anEvidenceFileOfAnotherTypeIsRefusedBesideItsQuestionAndNothingIsKept() throws Exception {
        Beneficiary mother = withTwoChildren();
        MockMultipartFile program = new MockMultipartFile("evidence[income_salary]", "salary.pdf",
                "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));

        mvc.perform(multipart("/beneficiaries/" + mother.getId() + "/assessments").file(program).with(OFFICER)
                        .with(csrf()).params(formOf(answers("1800", "rented"))).param("via", "INTERVIEW")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only PDF, JPEG and PNG files are accepted")))
                .andExpect(content().string(containsString("value=\"1800\"")));
        assertThat(assessments.history(mother.getId(), Pageable.unpaged())).isEmpty();
    }

    @Test
    void aDocumentForAHealthQuestionIsRefusedWithoutConsentLikeTheAnswer() throws Exception {
        Beneficiary mother = withTwoChildren();
        MockMultipartFile report = new MockMultipartFile("evidence[disability]", "report.pdf", "application/pdf",
                "%PDF-1.4 medical report".getBytes(StandardCharsets.US_ASCII));

        mvc.perform(multipart("/beneficiaries/" + mother.getId() + "/assessments").file(report).with(OFFICER)
                        .with(csrf()).params(formOf(answers("1800", "rented"))).param("via", "INTERVIEW")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Health and disability answers are collected only with the")));
        assertThat(assessments.history(mother.getId(), Pageable.unpaged())).isEmpty();
    }

    @Test
    void staffAndTheBoardNeverSeeHealthAnswers() throws Exception {
        Beneficiary mother = withTwoChildren();
        registry.recordConsent(mother.getId(), ConsentPurpose.SENSITIVE_DATA, Channel.INTERVIEW);
        Map<String, String> answers = answers("1800", "rented");
        answers.put("disability", "yes");
        Assessment assessment = assessments.assess(mother.getId(), NeedAssessments.GENERAL_FORM, answers,
                AssessedVia.INTERVIEW, "officer");

        mvc.perform(get("/assessments/" + assessment.getId() + "?lang=en").with(OFFICER))
                .andExpect(content().string(containsString("Is there a disability in the household?")))
                .andExpect(content().string(containsString(">Disability<")));

        String staffPage = mvc.perform(get("/assessments/" + assessment.getId() + "?lang=en").with(STAFF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage).doesNotContain("Is there a disability in the household?", ">Disability<",
                "answer-disability");
        assertThat(staffPage).contains("A health or disability answer", "id=\"sensitive-hidden\"", ">75<");

        mvc.perform(get("/assessments/" + assessment.getId()).with(BOARD)).andExpect(status().isForbidden());
        mvc.perform(get("/beneficiaries/" + mother.getId() + "/assessments").with(BOARD))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beneficiaries/" + mother.getId() + "/assessments/new").with(STAFF))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerVerifiesOrRejectsWithAReasonWhatBeneficiariesSentFromThePortal() throws Exception {
        Beneficiary first = withTwoChildren();
        Beneficiary second = withTwoChildren();
        Assessment older = assessments.assess(first.getId(), NeedAssessments.GENERAL_FORM, answers("1800", "rented"),
                AssessedVia.PORTAL, "beneficiary:" + first.getId());
        Assessment newer = assessments.assess(second.getId(), NeedAssessments.GENERAL_FORM, answers("5000", "owned"),
                AssessedVia.PORTAL, "beneficiary:" + second.getId());

        String queue = mvc.perform(get("/assessments/pending").with(OFFICER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue.indexOf(older.getId().toString())).isPositive()
                .isLessThan(queue.indexOf(newer.getId().toString()));
        mvc.perform(get("/assessments/pending").with(STAFF)).andExpect(status().isForbidden());

        mvc.perform(post("/assessments/" + older.getId() + "/verify").with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/assessments/" + older.getId()));
        assertThat(assessments.get(older.getId()).getStatus()).isEqualTo(AssessmentStatus.VERIFIED);
        assertThat(assessments.valid(first.getId())).isPresent();

        mvc.perform(post("/assessments/" + newer.getId() + "/reject").with(OFFICER).with(csrf()).param("note", " ")
                        .param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("State why it is rejected")));
        assertThat(assessments.get(newer.getId()).getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
        mvc.perform(post("/assessments/" + newer.getId() + "/reject").with(OFFICER).with(csrf())
                .param("note", "الراتب غير مطابق للشهادة"));
        assertThat(assessments.get(newer.getId()).getStatus()).isEqualTo(AssessmentStatus.REJECTED);
        mvc.perform(get("/assessments/" + newer.getId()).with(OFFICER))
                .andExpect(content().string(containsString("الراتب غير مطابق للشهادة")));
        mvc.perform(post("/assessments/" + newer.getId() + "/verify").with(STAFF).with(csrf()))
                .andExpect(status().isForbidden());
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

    static Map<String, String> answers(String salary, String ownership) {
        Map<String, String> answers = new HashMap<>();
        answers.put("income_salary", salary);
        answers.put("income_social_security", "0");
        answers.put("income_other", "0");
        answers.put("housing_type", "apartment");
        answers.put("housing_ownership", ownership);
        answers.put("employment", "employed");
        return answers;
    }

    private static MultiValueMap<String, String> formOf(Map<String, String> answers) {
        var form = new LinkedMultiValueMap<String, String>();
        answers.forEach((code, answer) -> form.add("answers[" + code + "]", answer));
        return form;
    }
}
