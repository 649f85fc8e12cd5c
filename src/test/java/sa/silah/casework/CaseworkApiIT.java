package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CaseworkApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

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

    CaseworkFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
    }

    @Test
    void submitsAServiceRequestWithItsReferenceDueTimeAndDepartment() throws Exception {
        submit(fixture.officer, serviceRequest(fixture.beneficiary, fixture.serviceA))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/requests/REQ-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.referenceNumber", matchesPattern("REQ-14\\d\\d-\\d{6}")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedAt", endsWith("+03:00")))
                .andExpect(jsonPath("$.dueAt", endsWith("+03:00")))
                .andExpect(jsonPath("$.promisedDuration").value("P2D"))
                .andExpect(jsonPath("$.department.code").value(fixture.departmentA.getCode()))
                .andExpect(jsonPath("$.history[0].action").value("SUBMITTED"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = serviceRequest(fixture.beneficiary, fixture.serviceA);
        String first = reference(submit(fixture.officer, body, key).andExpect(status().isCreated()));
        long before = countRequests();

        submit(fixture.officer, body, key).andExpect(status().isCreated())
                .andExpect(jsonPath("$.referenceNumber").value(first))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(countRequests()).isEqualTo(before);

        submit(fixture.officer, body.replace("طلب مساعدة", "طلب آخر"), key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(countRequests()).isEqualTo(before);
    }

    @Test
    void refusesWhatIntakeMustNotLetThroughNamingEachField() throws Exception {
        submit(fixture.officer, """
                {"kind":"SERVICE","channel":"PHONE","subject":" "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("subject")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("serviceCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("beneficiaryId")));
        submit(fixture.officer, """
                {"kind":"COMPLAINT","channel":"WEBSITE","subject":"شكوى بلا اسم"}""")
                .andExpect(status().isCreated());
    }

    @Test
    void aRequestLeavesIntakeOnlyWithAWayToReachTheBeneficiaryOrAReason() throws Exception {
        UUID unreachable = fixture.unreachableBeneficiary(registry);
        submit(fixture.officer, inquiry(unreachable, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactWaiver"));
        submit(fixture.officer, inquiry(unreachable, "كبير في السن ويراجع بنفسه"))
                .andExpect(status().isCreated());
    }

    @Test
    void followsTheWorkflowAndRefusesAnythingElse() throws Exception {
        String ref = reference(submit(fixture.officer, serviceRequest(fixture.beneficiary, fixture.serviceA)));
        transition(fixture.officer, ref, "RESOLVED", null).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.from").value("SUBMITTED"));
        transition(fixture.staffA, ref, "IN_PROGRESS", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        transition(fixture.staffA, ref, "AWAITING_BENEFICIARY", "صورة الصك").andExpect(status().isOk());
        transition(fixture.staffA, ref, "IN_PROGRESS", null).andExpect(status().isOk());
        transition(fixture.staffA, ref, "REJECTED", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        transition(fixture.staffA, ref, "RESOLVED", "سُلّمت السلة").andExpect(status().isOk())
                .andExpect(jsonPath("$.closedWithinDueTime").value(true))
                .andExpect(jsonPath("$.businessMinutesToClose").isNumber());

        transition(fixture.officer, ref, "IN_PROGRESS", "خطأ").andExpect(status().isConflict());
        transition(fixture.managerA, ref, "IN_PROGRESS", null).andExpect(status().isBadRequest());
        transition(fixture.managerA, ref, "IN_PROGRESS", "لم تكتمل السلة").andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].action", hasItem("REOPENED")));
        transition(fixture.staffA, ref, "RESOLVED", "اكتملت").andExpect(status().isOk());
        transition(fixture.managerA, ref, "IN_PROGRESS", "مرة ثانية").andExpect(status().isConflict());
    }

    @Test
    void anotherDepartmentsStaffCannotSeeOrTouchTheRequest() throws Exception {
        String ref = reference(submit(fixture.officer, serviceRequest(fixture.beneficiary, fixture.serviceA)));
        as(fixture.staffB, get("/api/v1/requests/" + ref)).andExpect(status().isNotFound());
        transition(fixture.staffB, ref, "IN_PROGRESS", null).andExpect(status().isNotFound());
        as(fixture.staffA, get("/api/v1/requests/" + ref)).andExpect(status().isOk());
        as(fixture.staffB, get("/api/v1/requests").param("kind", "SERVICE"))
                .andExpect(jsonPath("$.content[*].referenceNumber", not(hasItem(ref))));
        as(fixture.staffA, get("/api/v1/requests").param("kind", "SERVICE").param("size", "100"))
                .andExpect(jsonPath("$.content[*].referenceNumber", hasItem(ref)));
    }

    @Test
    void officersAssignAndDepartmentStaffDoNot() throws Exception {
        String ref = reference(submit(fixture.officer, serviceRequest(fixture.beneficiary, fixture.serviceA)));
        as(fixture.officer, post("/api/v1/requests/" + ref + "/assignment"), "{\"assignee\":\"" + fixture.staffA + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value(fixture.staffA));
        as(fixture.staffA, post("/api/v1/requests/" + ref + "/assignment"), "{\"assignee\":\"" + fixture.staffB + "\"}")
                .andExpect(status().isForbidden());
        as(fixture.officer, post("/api/v1/requests/" + ref + "/assignment"), "{\"assignee\":\"nobody-here\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void recordsContactsOnTheRequest() throws Exception {
        String ref = reference(submit(fixture.officer, serviceRequest(fixture.beneficiary, fixture.serviceA)));
        as(fixture.officer, post("/api/v1/requests/" + ref + "/interactions"), """
                {"channel":"PHONE","direction":"OUTBOUND","summary":"اتصلنا لطلب صورة الهوية","internal":false}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CALL"))
                .andExpect(jsonPath("$.direction").value("OUTBOUND"));
        as(fixture.officer, post("/api/v1/requests/" + ref + "/interactions"), """
                {"channel":"PHONE","summary":""}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("direction")));
    }

    @Test
    void needsCredentials() throws Exception {
        mvc.perform(get("/api/v1/requests")).andExpect(status().isUnauthorized());
    }

    private static String serviceRequest(UUID beneficiary, String service) {
        return """
                {"beneficiaryId":"%s","kind":"SERVICE","channel":"PHONE","serviceCode":"%s",
                 "subject":"طلب مساعدة","description":"تطلب سلة غذائية لأسرتها"}""".formatted(beneficiary, service);
    }

    private static String inquiry(UUID beneficiary, String waiver) {
        return """
                {"beneficiaryId":"%s","kind":"INQUIRY","channel":"INTERVIEW","subject":"استفسار عن الخدمات"%s}"""
                .formatted(beneficiary, waiver == null ? "" : ",\"contactWaiver\":\"" + waiver + "\"");
    }

    private ResultActions submit(String username, String body) throws Exception {
        return as(username, post("/api/v1/requests"), body);
    }

    private ResultActions submit(String username, String body, String key) throws Exception {
        return as(username, post("/api/v1/requests").header("Idempotency-Key", key), body);
    }

    private ResultActions transition(String username, String ref, String to, String reason) throws Exception {
        String body = reason == null ? "{\"to\":\"%s\"}".formatted(to) : "{\"to\":\"%s\",\"reason\":\"%s\"}".formatted(to, reason);
        return as(username, post("/api/v1/requests/" + ref + "/transitions"), body);
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD)));
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String reference(ResultActions created) throws Exception {
        return json.readTree(created.andReturn().getResponse().getContentAsString()).get("referenceNumber").asString();
    }

    private long countRequests() {
        return jdbc.queryForObject("select count(*) from request", Long.class);
    }
}
