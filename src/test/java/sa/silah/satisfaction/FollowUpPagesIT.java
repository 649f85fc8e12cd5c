package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.notification.Notification;
import sa.silah.notification.Notifier;
import sa.silah.notification.TemplateKey;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class FollowUpPagesIT {

    private static final Map<String, String> LOW_RATING = Map.of("overall", "1", "resolved", "1");

    @Autowired
    MockMvc mvc;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    ServiceRecovery recovery;

    @Autowired
    SurveyCatalog catalog;

    @Autowired
    Casework casework;

    @Autowired
    Notifier notifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    SatisfactionFixture fixture;
    RequestPostProcessor manager;
    RequestPostProcessor otherManager;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        catalog.assign(fixture.serviceId, null, "general");
        manager = user(fixture.manager).roles("MANAGER");
        otherManager = user(fixture.otherManager).roles("MANAGER");
    }

    @Test
    void aLowRatingOpensOneFollowUpThatOnlyTheDepartmentsManagerSees() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, LOW_RATING);

        List<FollowUp> followUps = recovery.ofRequest(request.getId());
        assertThat(followUps).hasSize(1);
        FollowUp followUp = followUps.get(0);
        assertThat(followUp.getReason()).isEqualTo(FollowUp.Reason.LOW_RATING);
        assertThat(followUp.getDepartmentId()).isEqualTo(fixture.department.getId());

        String ref = request.getReferenceNumber();
        mvc.perform(get("/follow-ups").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)));
        mvc.perform(get("/follow-ups/dashboard").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("/follow-ups/" + followUp.getId())));
        mvc.perform(get("/follow-ups/" + followUp.getId()).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString(fixture.beneficiaryName)))
                .andExpect(content().string(containsString("/requests/" + ref)))
                .andExpect(content().string(containsString("ما مدى رضاك عن الخدمة بشكل عام؟")));

        mvc.perform(get("/staff").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/follow-ups/dashboard\"")));
        mvc.perform(get("/staff").with(user(fixture.officer).roles("OFFICER"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/follow-ups/dashboard"))));

        mvc.perform(get("/follow-ups").with(otherManager)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ref))));
        mvc.perform(get("/follow-ups/dashboard").with(otherManager)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(ref))));
        mvc.perform(get("/follow-ups/" + followUp.getId()).with(otherManager)).andExpect(status().isNotFound());
        mvc.perform(post("/follow-ups/" + followUp.getId()).with(otherManager).with(csrf()).param("outcome", "اتصلت"))
                .andExpect(status().isNotFound());
        assertThat(recovery.get(followUp.getId()).isOpen()).isTrue();
    }

    @Test
    void anAdministratorReadsButAnOfficerCannot() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, LOW_RATING);
        FollowUp followUp = recovery.ofRequest(request.getId()).get(0);

        mvc.perform(get("/follow-ups/" + followUp.getId()).with(user("test-admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"outcome\""))));
        mvc.perform(post("/follow-ups/" + followUp.getId()).with(user("test-admin").roles("ADMIN")).with(csrf())
                .param("outcome", "اتصلت")).andExpect(status().isForbidden());
        mvc.perform(get("/follow-ups").with(user(fixture.officer).roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void closingWithTellQueuesTheOutcomeForTheBeneficiary() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, Map.of("overall", "4", "resolved", "0"));
        FollowUp followUp = recovery.ofRequest(request.getId()).get(0);
        assertThat(followUp.getReason()).isEqualTo(FollowUp.Reason.NOT_RESOLVED);

        mvc.perform(post("/follow-ups/" + followUp.getId()).with(manager).with(csrf())
                        .param("outcome", "اتصلنا بالمستفيدة وأعدنا فتح الطلب").param("tell", "true"))
                .andExpect(redirectedUrl("/follow-ups/" + followUp.getId()));

        FollowUp closed = recovery.get(followUp.getId());
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.getClosedBy()).isEqualTo(fixture.manager);
        assertThat(closed.isBeneficiaryTold()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> outcomes(request.getReferenceNumber()).size() == 1);
        assertThat(outcomes(request.getReferenceNumber())).singleElement()
                .satisfies(message -> assertThat(message.getBody()).contains("أعدنا فتح الطلب"));
        mvc.perform(get("/follow-ups/" + followUp.getId()).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(containsString("اتصلنا بالمستفيدة وأعدنا فتح الطلب")))
                .andExpect(content().string(containsString(fixture.manager)));
        mvc.perform(get("/follow-ups").param("state", "CLOSED").with(manager))
                .andExpect(content().string(containsString(request.getReferenceNumber())));
    }

    @Test
    void closingWithoutTellSendsNothing() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, LOW_RATING);
        FollowUp followUp = recovery.ofRequest(request.getId()).get(0);

        mvc.perform(post("/follow-ups/" + followUp.getId()).with(manager).with(csrf())
                        .param("outcome", "اعتذرنا وشرحنا سبب التأخير"))
                .andExpect(redirectedUrl("/follow-ups/" + followUp.getId()));

        assertThat(recovery.get(followUp.getId()).isBeneficiaryTold()).isFalse();
        // The notification module has handled the closing once its event publication is complete.
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from event_publication"
                + " where event_type like '%FollowUpClosed' and listener_id like '%SurveyNotifications%'"
                + " and serialized_event like ? and completion_date is not null",
                Long.class, "%" + followUp.getId() + "%") == 1);
        assertThat(outcomes(request.getReferenceNumber())).isEmpty();
    }

    @Test
    void anEmptyOutcomeIsRefusedBesideItsFieldAndKeepsTheFollowUpOpen() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, LOW_RATING);
        FollowUp followUp = recovery.ofRequest(request.getId()).get(0);

        mvc.perform(post("/follow-ups/" + followUp.getId()).with(manager).with(csrf())
                        .param("outcome", "  ").param("tell", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "outcome", "followUp.outcome.required"))
                .andExpect(content().string(containsString("اكتب ما تم.")));

        assertThat(recovery.get(followUp.getId()).isOpen()).isTrue();
    }

    private List<Notification> outcomes(String ref) {
        return notifier.ofRequest(ref, PageRequest.of(0, 50)).getContent().stream()
                .filter(message -> message.getTemplateKey() == TemplateKey.FOLLOW_UP_OUTCOME).toList();
    }
}
