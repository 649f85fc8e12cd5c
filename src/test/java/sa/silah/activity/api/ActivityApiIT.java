package sa.silah.activity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityFixture;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/** The activities API: drafting and publishing, problems naming the field, registering with reasons, attendance. */
@IntegrationTest
class ActivityApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    ActivityCatalog catalog;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    JdbcClient jdbc;

    String officer;
    String deskStaff;
    String board;

    @BeforeEach
    void accounts() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        deskStaff = TestAccounts.ensure(staff, Role.STAFF);
        board = TestAccounts.ensure(staff, Role.BOARD);
    }

    @Test
    void anActivityIsDraftedRevisedPublishedAndCancelledThroughTheApi() throws Exception {
        Instant starts = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        String title = "دورة الإسعافات الأولية " + TestData.uniqueWord();
        String body = """
                {"kind":"TRAINING_COURSE","titleAr":"%s","descriptionAr":"دورة عملية","startsAt":"%s","endsAt":"%s",
                 "place":"مقر الجمعية","capacity":12,"registrationOpensAt":"%s","registrationClosesAt":"%s",
                 "segmentCodes":["VOLUNTEERS"],"ageFrom":18,"cities":["الرياض"],"givesCertificate":true}"""
                .formatted(title, starts, starts.plus(Duration.ofHours(3)), starts.minus(Duration.ofDays(3)), starts);
        String location = mvc.perform(post("/api/v1/activities").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/activities/")))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.capacity").value(12))
                .andExpect(jsonPath("$.taken").value(0))
                .andReturn().getResponse().getHeader("Location");
        UUID id = UUID.fromString(location.substring("/api/v1/activities/".length()));

        mvc.perform(put(location).with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"capacity\":12", "\"capacity\":20")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(20));
        mvc.perform(post(location + "/publish").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/activities").param("status", "PUBLISHED").param("size", "100")
                        .with(httpBasic(deskStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").isNumber());
        mvc.perform(get(location).with(httpBasic(deskStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.titleAr").value(title))
                .andExpect(jsonPath("$.segmentCodes[0]").value("VOLUNTEERS"));

        mvc.perform(post(location + "/cancel").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("cancelReason"));
        mvc.perform(post(location + "/cancel").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"لم يكتمل العدد\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        mvc.perform(post(location + "/publish").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        assertThat(catalog.get(id).getStatus()).isEqualTo(ActivityStatus.CANCELLED);
    }

    @Test
    void badDetailsAreAProblemNamingEveryField() throws Exception {
        mvc.perform(post("/api/v1/activities").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleAr\":\"\",\"capacity\":0,\"onlineLink\":\"ftp://x\",\"serviceCode\":\"NO_SUCH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("serviceCode")));
        mvc.perform(post("/api/v1/activities").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"titleAr\":\"\",\"capacity\":0,\"onlineLink\":\"ftp://x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("titleAr")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("capacity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("onlineLink")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startsAt")));
        mvc.perform(post("/api/v1/activities").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PICNIC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void anOfficerRegistersABeneficiaryAndARefusalIsAProblemWithEveryReason() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(1));
        UUID first = ActivityFixture.person(registry);
        UUID second = ActivityFixture.person(registry);
        String registrationsUrl = "/api/v1/activities/" + activity.getId() + "/registrations";
        mvc.perform(post(registrationsUrl).with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"beneficiaryId\":\"" + first + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.via").value("OFFICER"));
        mvc.perform(post(registrationsUrl).with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"beneficiaryId\":\"" + second + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITLISTED"));
        mvc.perform(post(registrationsUrl).with(httpBasic(officer, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("beneficiaryId"));
        mvc.perform(get(registrationsUrl).param("status", "WAITLISTED").with(httpBasic(deskStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].beneficiaryId").value(second.toString()));

        Registration held = registrations.find(activity.getId(), first).orElseThrow();
        mvc.perform(post(registrationsUrl + "/" + held.getId() + "/cancel").with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(registrations.find(activity.getId(), second).orElseThrow().getStatus().name()).isEqualTo("REGISTERED");

        Activity forTheElderly = ActivityFixture.published(catalog, ActivityFixture.details(10, Set.of("ELDERLY"),
                new EligibilityCriteria(null, null, 60, null, null, null, List.of(), null)));
        mvc.perform(post("/api/v1/activities/" + forTheElderly.getId() + "/registrations")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"beneficiaryId\":\"" + first + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("beneficiaryId"))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("SEGMENT")))
                .andExpect(jsonPath("$.reasons[*].rule", hasItem("AGE")));
    }

    @Test
    void attendanceIsRecordedOnceTheActivityBeganAndRefusedBefore() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        Registration registration = registrations.register(activity.getId(), ActivityFixture.person(registry),
                RegistrationVia.PORTAL, "portal", null);
        String url = "/api/v1/activities/" + activity.getId() + "/registrations/" + registration.getId() + "/attendance";
        mvc.perform(put(url).with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"attended\":true}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("status"));

        ActivityFixture.started(jdbc, activity.getId());
        mvc.perform(put(url).with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attended"));
        mvc.perform(put(url).with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"attended\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.attended").value(true));

        Activity other = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        mvc.perform(put("/api/v1/activities/" + other.getId() + "/registrations/" + registration.getId() + "/attendance")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"attended\":true}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffReadTheApiButDoNotChangeItAndTheBoardIsRefused() throws Exception {
        Activity activity = ActivityFixture.published(catalog, ActivityFixture.openTo(3));
        mvc.perform(get("/api/v1/activities/" + activity.getId()).with(httpBasic(deskStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/activities/" + activity.getId() + "/publish")
                        .with(httpBasic(deskStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/activities").with(httpBasic(board, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/activities/{id}/registrations")));
    }
}
