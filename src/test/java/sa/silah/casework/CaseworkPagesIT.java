package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class CaseworkPagesIT {

    @Autowired
    MockMvc mvc;

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

    @Autowired
    SlaWatch watch;

    CaseworkFixture fixture;
    RequestPostProcessor officer;

    @BeforeEach
    void fixture() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
        officer = user(fixture.officer).roles("OFFICER");
    }

    @Test
    void intakeTakesTheFourStepsAndShowsTheReferenceAndExpectedDate() throws Exception {
        mvc.perform(get("/intake").param("beneficiary", fixture.beneficiary.toString()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("الخطوة الثانية")));
        mvc.perform(post("/intake").with(officer).with(csrf())
                        .param("beneficiaryId", fixture.beneficiary.toString()).param("kind", "SERVICE")
                        .param("channel", "PHONE").param("priority", "NORMAL").param("serviceCode", fixture.serviceA)
                        .param("subject", "طلب سلة غذائية").param("description", "أسرة من خمسة أفراد")
                        .param("answerGiven", "أخبرناها بالمستندات المطلوبة"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REQ-14")))
                .andExpect(content().string(containsString("هـ")));
    }

    @Test
    void intakeShowsEachProblemAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/intake").with(officer).with(csrf())
                        .param("kind", "SERVICE").param("channel", "PHONE").param("priority", "NORMAL")
                        .param("subject", "").param("description", "نص مكتوب لا يضيع"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "subject", "serviceCode", "beneficiaryId"))
                .andExpect(content().string(containsString("نص مكتوب لا يضيع")));
    }

    @Test
    void theExpectedDueTimeUpdatesForTheChosenService() throws Exception {
        mvc.perform(get("/intake/due").param("kind", "SERVICE").param("serviceCode", fixture.serviceA)
                        .header("HX-Request", "true").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("هـ")));
    }

    @Test
    void theInboxListsTheRequestWithItsDueDateAndTabCounts() throws Exception {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceA, "طلب دعم إيجار", null, Priority.HIGH, null, null, null, null),
                casework.caseworker(fixture.officer));
        String serviceId = services.findByCode(fixture.serviceA).orElseThrow().getId().toString();
        mvc.perform(get("/inbox").param("tab", "UNASSIGNED").param("service", serviceId).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(request.getReferenceNumber())))
                .andExpect(content().string(containsString("غير مسندة")));
        mvc.perform(get("/inbox").param("tab", "UNASSIGNED").header("HX-Request", "true").with(officer))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("value=\"" + serviceId + "\"")));
        mvc.perform(get("/inbox").param("tab", "ALL").param("kind", "SERVICE").with(officer))
                .andExpect(content().string(containsString("<option value=\"SERVICE\" selected=\"selected\">")));
    }

    @Test
    void theRequestPageOffersOnlyTheStepsAllowedNow() throws Exception {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceA, "طلب دعم إيجار", null, null, null, null, null, null),
                casework.caseworker(fixture.officer));
        String page = mvc.perform(get("/requests/" + request.getReferenceNumber()).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("بدء العمل", "إلغاء").doesNotContain(">إنجاز<");

        mvc.perform(post("/requests/" + request.getReferenceNumber() + "/status").with(officer).with(csrf())
                        .param("to", "RESOLVED"))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("problems"));
        mvc.perform(post("/requests/" + request.getReferenceNumber() + "/status").with(officer).with(csrf())
                        .param("to", "IN_PROGRESS"))
                .andExpect(status().isFound());
        assertThat(casework.find(request.getReferenceNumber(), casework.caseworker(fixture.officer)).getStatus())
                .isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void anotherDepartmentsStaffGetNotFound() throws Exception {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceA, "طلب", null, null, null, null, null, null), casework.caseworker(fixture.officer));
        mvc.perform(get("/requests/" + request.getReferenceNumber()).with(user(fixture.staffB).roles("STAFF")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + request.getReferenceNumber()).with(user(fixture.staffA).roles("STAFF")))
                .andExpect(status().isOk());
    }

    @Test
    void theBeneficiaryPageShowsTheirRequestsAndContacts() throws Exception {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.INQUIRY, Channel.PHONE,
                null, "استفسار عن الوقف", "كيف أوثق صك الوقف؟", null, "شرحنا الخطوات", null, null, null),
                casework.caseworker(fixture.officer));
        mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(request.getReferenceNumber())))
                .andExpect(content().string(containsString("شرحنا الخطوات")));
        mvc.perform(post("/requests/beneficiary/" + fixture.beneficiary + "/interactions").with(officer).with(csrf())
                        .param("form", "SOCIAL").param("platform", "INSTAGRAM").param("direction", "INBOUND")
                        .param("summary", "رسالة شكر"))
                .andExpect(status().isFound());
        mvc.perform(get("/requests/beneficiary/" + fixture.beneficiary).with(officer))
                .andExpect(content().string(containsString("رسالة شكر")));
    }

    @Test
    void aBreachWaitsOnTheDepartmentManagersInboxUntilTakenInHand() throws Exception {
        Request request = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceA, "طلب متأخر", null, null, null, null, null, null), casework.caseworker(fixture.officer));
        watch.check(request.getDueAt());
        var manager = user(fixture.managerA).roles("MANAGER");
        String page = mvc.perform(get("/inbox").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("رُفعت إليك", request.getReferenceNumber());
        mvc.perform(get("/inbox").with(user(fixture.staffB).roles("STAFF")))
                .andExpect(content().string(not(containsString("رُفعت إليك"))));

        String escalationId = page.replaceAll("(?s).*?/inbox/escalations/(\\d+).*", "$1");
        mvc.perform(post("/inbox/escalations/" + escalationId).with(manager).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/inbox").with(manager))
                .andExpect(content().string(not(containsString("/inbox/escalations/" + escalationId + "\""))));
    }
}
