package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class BeneficiaryApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    String officer;

    @BeforeEach
    void accounts() {
        officer = TestAccounts.ensure(staff, Role.OFFICER);
    }

    @Test
    void registersAPersonAndAnswersWithTheStoredRecord() throws Exception {
        String nationalId = TestData.nationalId('1');
        String mobile = TestData.mobile();
        ResultActions created = asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"أحمد بن علي الحربي","nationalId":"%s","mobile":"%s",
                 "email":"A.Harbi@Example.org","segments":["ORPHANS"]}""".formatted(nationalId, mobile))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/beneficiaries/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.mobile").value("+966" + mobile.substring(1)))
                .andExpect(jsonPath("$.email").value("a.harbi@example.org"))
                .andExpect(jsonPath("$.nationality").value("SA"))
                .andExpect(jsonPath("$.preferredChannel").value("SMS"))
                .andExpect(jsonPath("$.segments[0]").value("ORPHANS"));
        String location = created.andReturn().getResponse().getHeader("Location");

        asOfficer(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalId").value(nationalId))
                .andExpect(jsonPath("$.householdSize").value(1));
    }

    @Test
    void registersAnOrganisationWithItsRegistrationNumber() throws Exception {
        String registration = "W-" + TestData.nationalId('1');
        asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"ORGANIZATION","fullName":"وقف الخير على طلبة العلم","registrationNumber":"%s",
                 "organizationType":"WAQF","segments":["WAQF_FOUNDERS","NAZIRS"]}""".formatted(registration))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("ORGANIZATION"))
                .andExpect(jsonPath("$.registrationNumber").value(registration))
                .andExpect(jsonPath("$.segments", containsInAnyOrder("WAQF_FOUNDERS", "NAZIRS")));
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndStoresNothing() throws Exception {
        long before = registry.count();
        asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"  ","nationalId":"1234567890","mobile":"0521234567",
                 "email":"not-an-email","segments":["NO_SUCH_SEGMENT"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field",
                        containsInAnyOrder("fullName", "nationalId", "mobile", "email")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(registry.count()).isEqualTo(before);
    }

    @Test
    void refusesAValueOfTheWrongShapeNamingTheField() throws Exception {
        asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"PERSON","fullName":"سارة"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void answersInEnglishWhenAskedTo() throws Exception {
        mvc.perform(post("/api/v1/beneficiaries").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"INDIVIDUAL\",\"fullName\":\"x\",\"nationalId\":\"3000000004\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A national ID starts with 1, an Iqama with 2."));
    }

    @Test
    void refusesASecondRecordWithTheSameNationalIdPointingAtTheFirst() throws Exception {
        String nationalId = TestData.nationalId('2');
        String body = """
                {"type":"INDIVIDUAL","fullName":"فاطمة بنت سعد العتيبي","nationalId":"%s"}""".formatted(nationalId);
        String firstId = id(asOfficer(post("/api/v1/beneficiaries"), body).andExpect(status().isCreated()));

        asOfficer(post("/api/v1/beneficiaries"), body)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("nationalId"))
                .andExpect(jsonPath("$.existingId").value(firstId))
                .andExpect(jsonPath("$.existing").value("/api/v1/beneficiaries/" + firstId));
    }

    @Test
    void findsByAnySpellingOfTheNameAndByTheBeginningsOfNameParts() throws Exception {
        String family = TestData.uniqueWord();
        String id = id(asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"أحمد بن عبد الله %s","nationalId":"%s"}"""
                .formatted(family, TestData.nationalId('1'))).andExpect(status().isCreated()));

        for (String query : new String[] { "احمد " + family, "أحمد عبدالله " + family, "احم عبدالل " + family,
                family.substring(0, 4) + " احمد" }) {
            search(query).andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].id").value(id));
        }
        search("محمد " + family).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void findsByNationalIdMobileInAnyFormAndEmail() throws Exception {
        String nationalId = TestData.nationalId('1');
        String mobile = TestData.mobile();
        String email = TestData.uniqueWord().hashCode() + "@example.org";
        String id = id(asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"نورة الشهري","nationalId":"%s","mobile":"%s","email":"%s"}"""
                .formatted(nationalId, mobile, email)).andExpect(status().isCreated()));

        String international = "+966 " + mobile.substring(1, 3) + " " + mobile.substring(3);
        String arabicDigits = mobile.chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0')))).reduce("", String::concat);
        for (String query : new String[] { nationalId, mobile, international, arabicDigits, email.toUpperCase() }) {
            search(query).andExpect(jsonPath("$.content[*].id", hasItem(id)));
        }
    }

    @Test
    void pagesTheResults() throws Exception {
        String family = TestData.uniqueWord();
        for (int i = 0; i < 3; i++) {
            asOfficer(post("/api/v1/beneficiaries"), """
                    {"type":"INDIVIDUAL","fullName":"سعد %s","nationalId":"%s"}"""
                    .formatted(family, TestData.nationalId('1'))).andExpect(status().isCreated());
        }
        asOfficer(get("/api/v1/beneficiaries").param("q", family).param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(1));
    }

    @Test
    void keepsTheLanguageAndTheOptedOutChannelsOfMessagesAndAuditsTheirChange() throws Exception {
        String location = asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"ريم العتيبي","nationalId":"%s","mobile":"%s",
                 "language":"en","optOuts":["WHATSAPP"]}""".formatted(TestData.nationalId('1'), TestData.mobile()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.optOuts[0]").value("WHATSAPP"))
                .andReturn().getResponse().getHeader("Location");

        asOfficer(patch(location), """
                {"language":"ar","optOuts":["SMS","EMAIL"]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ar"))
                .andExpect(jsonPath("$.optOuts", containsInAnyOrder("SMS", "EMAIL")));
        asOfficer(patch(location), """
                {"language":"fr"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));

        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForList("select changes from audit_entry where subject_type = 'BENEFICIARY' and subject_id = ?",
                String.class, id)).anySatisfy(changes -> assertThat(changes).contains("optOuts").contains("language"));
    }

    @Test
    void patchesOnlyTheFieldsSent() throws Exception {
        String location = asOfficer(post("/api/v1/beneficiaries"), """
                {"type":"INDIVIDUAL","fullName":"هند الدوسري","nationalId":"%s","city":"الرياض"}"""
                .formatted(TestData.nationalId('1'))).andReturn().getResponse().getHeader("Location");

        asOfficer(patch(location), """
                {"city":"جدة","mobile":"٠٥٥١٢٣٤٥٦٧"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("جدة"))
                .andExpect(jsonPath("$.mobile").value("+966551234567"))
                .andExpect(jsonPath("$.fullName").value("هند الدوسري"));

        asOfficer(patch(location), """
                {"mobile":"12345"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mobile"));
        asOfficer(get(location)).andExpect(jsonPath("$.mobile").value("+966551234567"));
    }

    @Test
    void answersNotFoundForAnUnknownRecord() throws Exception {
        asOfficer(get("/api/v1/beneficiaries/00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void listsSegments() throws Exception {
        asOfficer(get("/api/v1/segments")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("ORPHANS")))
                .andExpect(jsonPath("$[?(@.code == 'NAZIRS')].nameAr").value("نظّار الأوقاف"));
    }

    @Test
    void requiresCredentials() throws Exception {
        mvc.perform(get("/api/v1/beneficiaries"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
        mvc.perform(get("/api/v1/beneficiaries").with(httpBasic(officer, "wrong-password-123")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesRolesWithoutAccessToTheRegistry() throws Exception {
        String board = TestAccounts.ensure(staff, Role.BOARD);
        mvc.perform(get("/api/v1/beneficiaries").with(httpBasic(board, TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        String departmentStaff = TestAccounts.ensure(staff, Role.STAFF);
        mvc.perform(get("/api/v1/beneficiaries").with(httpBasic(departmentStaff, TestAccounts.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/beneficiaries").with(httpBasic(departmentStaff, TestAccounts.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void setsNoSessionCookieForApiCalls() throws Exception {
        asOfficer(get("/api/v1/segments"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    private ResultActions search(String query) throws Exception {
        return asOfficer(get("/api/v1/beneficiaries").param("q", query)).andExpect(status().isOk());
    }

    private ResultActions asOfficer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(officer, TestAccounts.PASSWORD)));
    }

    private ResultActions asOfficer(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(officer, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String id(ResultActions result) throws Exception {
        JsonNode body = json.readTree(result.andReturn().getResponse().getContentAsString());
        return body.get("id").asString();
    }
}
