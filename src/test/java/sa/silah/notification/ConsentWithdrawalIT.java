package sa.silah.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.casework.Casework;
import sa.silah.casework.RequestStatus;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.shared.Channel;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processing stops when the beneficiary withdraws: no news of their request once they withdrew from notifications,
 * no invitation to rate once they objected to surveys, each purpose on its own, and the messages again once they
 * give their consent anew.
 */
@IntegrationTest
class ConsentWithdrawalIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    ServiceCatalog services;
    @Autowired
    StaffManagement staff;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    Casework casework;
    @Autowired
    Satisfaction satisfaction;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;

    NotificationFixture fixture;
    String officer;

    @BeforeEach
    void fixture() {
        fixture = new NotificationFixture(departments, services, staff, registry);
        officer = TestAccounts.ensure(staff, Role.OFFICER);
    }

    @Test
    void aBeneficiaryWhoWithdrewFromNotificationsHearsNothingOfTheirRequestUntilTheyConsentAgain() throws Exception {
        UUID beneficiary = fixture.smsBeneficiary();
        registry.recordConsent(beneficiary, ConsentPurpose.NOTIFICATIONS, Channel.INTERVIEW);
        registry.withdrawConsent(beneficiary, ConsentPurpose.NOTIFICATIONS, Channel.WEBSITE);

        String ref = submit(beneficiary);
        resolve(ref);

        assertThat(keysOf(ref)).as("the invitation to rate serves another purpose")
                .containsExactly(TemplateKey.SURVEY_INVITATION);

        registry.recordConsent(beneficiary, ConsentPurpose.NOTIFICATIONS, Channel.WEBSITE);
        String again = submit(beneficiary);
        assertThat(keysOf(again)).containsExactly(TemplateKey.REQUEST_RECEIVED);
    }

    @Test
    void aBeneficiaryWhoObjectedToSurveysIsNotInvitedToRateButStillHearsOfTheirRequest() throws Exception {
        UUID beneficiary = fixture.smsBeneficiary();
        registry.withdrawConsent(beneficiary, ConsentPurpose.SATISFACTION_SURVEYS, Channel.PHONE);

        String ref = submit(beneficiary);
        UUID requestId = resolve(ref);

        assertThat(satisfaction.invitationsOf(requestId)).isEmpty();
        assertThat(keysOf(ref)).containsExactlyInAnyOrder(TemplateKey.REQUEST_RECEIVED,
                TemplateKey.REQUEST_IN_PROGRESS, TemplateKey.REQUEST_RESOLVED);
    }

    @Test
    void everyMessageToABeneficiaryNamesItsPurposeOrIsOneTheyAskedFor() {
        assertThat(TemplateKey.ONE_TIME_CODE.purpose()).isEmpty();
        assertThat(TemplateKey.INQUIRY_ANSWER.purpose()).isEmpty();
        assertThat(TemplateKey.REQUEST_REJECTED.purpose()).contains(ConsentPurpose.NOTIFICATIONS);
        assertThat(TemplateKey.SURVEY_REMINDER.purpose()).contains(ConsentPurpose.SATISFACTION_SURVEYS);
        assertThat(List.of(TemplateKey.values())).filteredOn(TemplateKey::isForStaff)
                .allSatisfy(key -> assertThat(key.purpose()).isEmpty());
    }

    private String submit(UUID beneficiary) throws Exception {
        String body = """
                {"beneficiaryId":"%s","kind":"SERVICE","channel":"PHONE","serviceCode":"%s","subject":"طلب سلة غذائية"}"""
                .formatted(beneficiary, fixture.serviceCode);
        String answer = mvc.perform(post("/api/v1/requests").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String ref = json.readTree(answer).path("referenceNumber").asString();
        awaitListeners(ref);
        return ref;
    }

    private UUID resolve(String ref) {
        var caseworker = casework.caseworker(officer);
        casework.changeStatus(ref, RequestStatus.IN_PROGRESS, null, caseworker);
        awaitListeners(ref);
        casework.changeStatus(ref, RequestStatus.RESOLVED, null, caseworker);
        awaitListeners(ref);
        return requestId(ref);
    }

    /** Waits until every event about the request was handled after its commit, on the listeners' threads. */
    private void awaitListeners(String ref) {
        String id = requestId(ref).toString();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Long.class, "%" + id + "%") == 0);
    }

    private UUID requestId(String ref) {
        return casework.find(ref, casework.caseworker(officer)).getId();
    }

    private List<TemplateKey> keysOf(String ref) {
        return notifier.ofRequest(ref, PageRequest.of(0, 50)).stream().map(Notification::getTemplateKey).toList();
    }
}
