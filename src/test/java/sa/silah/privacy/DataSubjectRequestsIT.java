package sa.silah.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.shared.PersonalIdentifiers;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/** An officer takes data-subject requests through to their answer: copy, destroy, a legal hold, the extension. */
@IntegrationTest
class DataSubjectRequestsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final RequestPostProcessor OFFICER = user("dsr-officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    DataSubjectRequests requests;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCopyRequestHandsOverTheJsonAndTheReadablePdfAndTellsTheBeneficiary() throws Exception {
        Beneficiary person = registered();
        String reference = openAndVerify(person, "COPY");

        mvc.perform(post("/privacy/requests/{ref}/complete", reference).with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/privacy/requests/" + reference));

        DataSubjectRequest completed = requests.get(reference);
        assertThat(completed.getStatus()).isEqualTo(DataSubjectRequestStatus.COMPLETED);
        assertThat(completed.getClosedBy()).isEqualTo("dsr-officer");
        String json = mvc.perform(get("/privacy/requests/{ref}/copy.json", reference).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(reference + ".json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(person.getFullName(), person.getNationalId(), reference);
        byte[] pdf = mvc.perform(get("/privacy/requests/{ref}/copy.pdf", reference).with(OFFICER))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains(person.getNationalId());
        }
        mvc.perform(get("/privacy/requests/{ref}", reference).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("copy.pdf")));
        await().atMost(WAIT).until(() -> !messages("dsr-completed:" + completed.getId()).isEmpty());
        assertThat(jdbc.sql("select count(*) from personal_data_access where subject_id = :id and purpose = :purpose")
                .param("id", person.getId().toString()).param("purpose", DataSubjectRequests.ACCESS_PURPOSE)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDestroyRequestAnonymisesTheBeneficiary() throws Exception {
        Beneficiary person = registered();
        String reference = openAndVerify(person, "DESTROY");

        mvc.perform(post("/privacy/requests/{ref}/complete", reference).with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/privacy/requests/" + reference));

        Beneficiary erased = registry.find(person.getId()).orElseThrow();
        assertThat(erased.isAnonymised()).isTrue();
        assertThat(erased.getFullName()).isEqualTo(PersonalIdentifiers.ERASED);
        DataSubjectRequest completed = requests.get(reference);
        assertThat(completed.getStatus()).isEqualTo(DataSubjectRequestStatus.COMPLETED);
        assertThat(completed.getDetails()).isEqualTo(PersonalIdentifiers.ERASED);
    }

    @Test
    void aDestroyRequestUnderALegalHoldIsRefusedWithTheHoldsReasonAndNothingChanges() throws Exception {
        Beneficiary person = registered();
        String reference = openAndVerify(person, "DESTROY");
        registry.placeLegalHold(person.getId(), "قضية منظورة أمام المحكمة العامة");

        mvc.perform(post("/privacy/requests/{ref}/complete", reference).with(OFFICER).with(csrf()))
                .andExpect(redirectedUrl("/privacy/requests/" + reference));

        DataSubjectRequest refused = requests.get(reference);
        assertThat(refused.getStatus()).isEqualTo(DataSubjectRequestStatus.REFUSED);
        assertThat(refused.getRefusalReason()).isEqualTo(RefusalReason.LEGAL_HOLD);
        assertThat(refused.getRefusalNote()).isEqualTo("قضية منظورة أمام المحكمة العامة");
        Beneficiary kept = registry.find(person.getId()).orElseThrow();
        assertThat(kept.isAnonymised()).isFalse();
        assertThat(kept.getFullName()).isEqualTo(person.getFullName());
        assertThat(kept.getNationalId()).isEqualTo(person.getNationalId());
        mvc.perform(get("/privacy/requests/{ref}", reference).with(OFFICER))
                .andExpect(content().string(containsString("قضية منظورة أمام المحكمة العامة")));
        await().atMost(WAIT).until(() -> messages("dsr-refused:" + refused.getId()).stream()
                .anyMatch(body -> body.contains("قضية منظورة")));
    }

    @Test
    void extendingOnceQueuesTheNoticeToTheBeneficiaryAndRecordsItsTime() throws Exception {
        Beneficiary person = registered();
        String reference = openAndVerify(person, "ACCESS");
        Instant firstDue = requests.get(reference).getDueAt();

        mvc.perform(post("/privacy/requests/{ref}/extend", reference).with(OFFICER).with(csrf())
                .param("extensionReason", "سجلات ورقية في الأرشيف"))
                .andExpect(redirectedUrl("/privacy/requests/" + reference));

        DataSubjectRequest extended = requests.get(reference);
        assertThat(extended.getDueAt()).isEqualTo(firstDue.plus(Duration.ofDays(30)));
        await().atMost(WAIT).until(() -> requests.get(reference).getExtensionNotifiedAt() != null);
        assertThat(messages("dsr-extended:" + extended.getId())).singleElement().asString()
                .contains(reference, "سجلات ورقية في الأرشيف");
        mvc.perform(post("/privacy/requests/{ref}/extend", reference).with(OFFICER).with(csrf())
                .param("extensionReason", "مرة ثانية"))
                .andExpect(status().isOk()).andExpect(model().attribute("problem", "dataSubjectRequest.extend.once"));
        assertThat(requests.get(reference).getDueAt()).isEqualTo(extended.getDueAt());
    }

    @Test
    void badInputIsShownBesideItsFieldAndChangesNothing() throws Exception {
        Beneficiary person = registered();
        mvc.perform(post("/privacy/requests").with(OFFICER).with(csrf()).param("beneficiaryId", person.getId().toString())
                .param("channel", "INTERVIEW")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "right", "dataSubjectRequest.right.required"));
        mvc.perform(post("/privacy/requests").with(OFFICER).with(csrf()).param("identifier", "1000000000")
                .param("right", "COPY").param("channel", "INTERVIEW")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "identifier", "dataSubjectRequest.beneficiary.notFound"));
        String reference = openAndVerify(person, "INFORM");

        mvc.perform(post("/privacy/requests/{ref}/extend", reference).with(OFFICER).with(csrf())
                .param("extensionReason", " ")).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("action", "extensionReason",
                        "dataSubjectRequest.extension.reason.required"));
        mvc.perform(post("/privacy/requests/{ref}/complete", reference).with(OFFICER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("action", "response", "dataSubjectRequest.response.required"));
        assertThat(requests.get(reference).getStatus()).isEqualTo(DataSubjectRequestStatus.IN_PROGRESS);
        assertThat(requests.get(reference).isExtended()).isFalse();

        mvc.perform(post("/privacy/requests/{ref}/complete", reference).with(OFFICER).with(csrf())
                .param("response", "نحفظ اسمك وهويتك وجوالك لتقديم الخدمات")).andExpect(status().is3xxRedirection());
        assertThat(requests.get(reference).getResponse()).isEqualTo("نحفظ اسمك وهويتك وجوالك لتقديم الخدمات");
    }

    @Test
    void theListFindsTheOverdueRequestsAndThePageShowsThemInRed() throws Exception {
        Beneficiary person = registered();
        String overdue = openAndVerify(person, "CORRECT");
        String onTime = openAndVerify(person, "CORRECT");
        jdbc.sql("update data_subject_request set due_at = :due where reference = :ref")
                .param("due", Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).param("ref", overdue).update();

        mvc.perform(get("/privacy/requests").param("overdue", "true").param("beneficiary", person.getId().toString())
                .with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString(overdue)))
                .andExpect(content().string(not(containsString(onTime))));
        mvc.perform(get("/privacy/requests").param("right", "CORRECT").param("status", "IN_PROGRESS").with(OFFICER))
                .andExpect(status().isOk());
        mvc.perform(get("/privacy/requests/{ref}", overdue).with(OFFICER))
                .andExpect(content().string(containsString("id=\"dsr-overdue\"")));
        mvc.perform(post("/privacy/requests/{ref}/extend", overdue).with(OFFICER).with(csrf())
                .param("extensionReason", "متأخر")).andExpect(status().isOk())
                .andExpect(model().attribute("problem", "dataSubjectRequest.extend.afterDue"));
    }

    @Test
    void onlyOfficersManagersAndAdministratorsHandleTheRequests() throws Exception {
        Beneficiary person = registered();
        String reference = openAndVerify(person, "ACCESS");

        mvc.perform(get("/privacy/requests").with(user("clerk").roles("STAFF"))).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/requests/{ref}", reference).with(user("clerk").roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/privacy/requests").with(user("boss").roles("MANAGER"))).andExpect(status().isOk());
        mvc.perform(get("/beneficiaries/{id}", person.getId()).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dsr-open-for-beneficiary\"")));
        mvc.perform(get("/privacy/requests/new").param("beneficiary", person.getId().toString()).with(OFFICER))
                .andExpect(status().isOk()).andExpect(content().string(containsString(person.getFullName())));
        mvc.perform(get("/api/v1/privacy/requests").param("beneficiaryId", person.getId().toString()).with(OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].reference").value(reference))
                .andExpect(jsonPath("$.content[0].daysLeft").value(30));
        mvc.perform(get("/api/v1/privacy/requests/{ref}", reference).with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/privacy/requests").with(user("clerk").roles("STAFF"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/privacy/requests/DSR-1300-99999").with(OFFICER)).andExpect(status().isNotFound());
    }

    /** Opens the request from the beneficiary's page and verifies the national ID seen at the desk. */
    private String openAndVerify(Beneficiary person, String right) throws Exception {
        String location = mvc.perform(post("/privacy/requests").with(OFFICER).with(csrf())
                .param("beneficiaryId", person.getId().toString()).param("right", right).param("channel", "INTERVIEW")
                .param("details", "طلب " + person.getFullName()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring(location.lastIndexOf('/') + 1);
        assertThat(reference).matches("DSR-\\d{4}-\\d{5,}");
        mvc.perform(get(location).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dsr-verify-form\"")))
                .andExpect(content().string(containsString("id=\"dsr-days-left\"")));
        mvc.perform(post("/privacy/requests/{ref}/verify", reference).with(OFFICER).with(csrf())
                .param("method", "NATIONAL_ID_SEEN")).andExpect(redirectedUrl(location));
        return reference;
    }

    private List<String> messages(String dedupKey) {
        return jdbc.sql("select body from notification where dedup_key = :key").param("key", dedupKey)
                .query(String.class).list();
    }

    private Beneficiary registered() {
        return registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نوف " + TestData.uniqueWord(),
                null, TestData.nationalId('1'), null, null, null, "جدة", null, null, null, TestData.mobile(), null,
                null, List.of()));
    }
}
