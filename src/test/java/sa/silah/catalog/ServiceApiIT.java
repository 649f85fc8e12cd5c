package sa.silah.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;

@IntegrationTest
class ServiceApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog catalog;

    String admin;
    String department;

    @BeforeEach
    void accountsAndADepartment() {
        admin = TestAccounts.ensure(staff, Role.ADMIN);
        department = departments.create(uniqueCode("D"), "قسم الرعاية الاجتماعية", "Social care").getCode();
    }

    /** A code no other test uses. */
    static String uniqueCode(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT)
                + ThreadLocalRandom.current().nextInt(1000);
    }

    String body(String code) {
        return """
                {"code":"%s","nameAr":"سلة غذائية","nameEn":"Food basket","descriptionAr":"سلة شهرية من المواد الأساسية",
                 "department":"%s","standardDuration":"P3D",
                 "requiredDocuments":[{"nameAr":"صورة الهوية الوطنية","nameEn":"Copy of the national ID"},
                                      {"nameAr":"صورة سجل الأسرة"}],
                 "eligibleSegments":["LOW_INCOME","WIDOWS"],"publicService":true}""".formatted(code, department);
    }

    @Test
    void addsAServiceAndAnswersWithTheStoredRecord() throws Exception {
        String code = uniqueCode("FOOD");
        String location = as(admin, post("/api/v1/services"), body(code.toLowerCase(Locale.ROOT)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/services/" + code))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.department.code").value(department))
                .andExpect(jsonPath("$.department.nameAr").value("قسم الرعاية الاجتماعية"))
                .andExpect(jsonPath("$.standardDuration").value("P3D"))
                .andExpect(jsonPath("$.requiredDocuments[0].nameEn").value("Copy of the national ID"))
                .andExpect(jsonPath("$.requiredDocuments[1].nameAr").value("صورة سجل الأسرة"))
                .andExpect(jsonPath("$.eligibleSegments", containsInAnyOrder("LOW_INCOME", "WIDOWS")))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.publicService").value(true))
                .andReturn().getResponse().getHeader("Location");

        as(admin, get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nameAr").value("سلة غذائية"))
                .andExpect(jsonPath("$.descriptionAr").value("سلة شهرية من المواد الأساسية"))
                .andExpect(jsonPath("$.descriptionEn").doesNotExist());
    }

    @Test
    void listsServicesPageByPageAndLeavesOutInactiveOnesWhenAsked() throws Exception {
        for (int i = 0; i < 3; i++) {
            as(admin, post("/api/v1/services"), body(uniqueCode("LIST"))).andExpect(status().isCreated());
        }
        String retired = uniqueCode("OLD");
        as(admin, post("/api/v1/services"), body(retired).replace("\"publicService\":true", "\"active\":false"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.active").value(false));

        as(admin, get("/api/v1/services").param("department", department).param("size", "2").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(2));
        as(admin, get("/api/v1/services").param("department", department).param("active", "true"))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[*].code", not(hasItem(retired))));
        as(admin, get("/api/v1/services")).andExpect(jsonPath("$.content").isArray());
    }

    @Test
    void refusesASecondServiceWithTheSameCodePointingAtTheFirst() throws Exception {
        String code = uniqueCode("DUP");
        as(admin, post("/api/v1/services"), body(code)).andExpect(status().isCreated());
        long before = catalog.count();

        as(admin, post("/api/v1/services"), body(code))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.existing").value("/api/v1/services/" + code));
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void refusesInvalidInputNamingEachFieldAndStoresNothing() throws Exception {
        long before = catalog.count();
        as(admin, post("/api/v1/services"), """
                {"code":"bad code","nameAr":" ","department":"NO_SUCH_DEPARTMENT","standardDuration":"three days",
                 "requiredDocuments":[{"nameEn":"Copy of the ID"}],"eligibleSegments":["NO_SUCH_SEGMENT"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "nameAr", "nameEn",
                        "standardDuration", "requiredDocuments", "department", "eligibleSegments")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(catalog.count()).isEqualTo(before);
    }

    @Test
    void refusesAValueOfTheWrongShapeNamingTheField() throws Exception {
        as(admin, post("/api/v1/services"), """
                {"code":"SHAPE","active":"sometimes"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
    }

    @Test
    void explainsInEnglishWhenAskedTo() throws Exception {
        mvc.perform(post("/api/v1/services").with(httpBasic(admin, TestAccounts.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueCode("EN")).replace("P3D", "P0D")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standardDuration"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The standard duration must be more than zero and at most 250 business days."));
    }

    @Test
    void replacesAServiceAsReadButNeverItsCode() throws Exception {
        String code = uniqueCode("PUT");
        as(admin, post("/api/v1/services"), body(code)).andExpect(status().isCreated());
        String read = as(admin, get("/api/v1/services/" + code)).andReturn().getResponse().getContentAsString();

        as(admin, put("/api/v1/services/" + code), read.replace("\"P3D\"", "\"PT4H\"")
                .replace("\"nameEn\":\"Food basket\"", "\"nameEn\":\"Monthly food basket\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardDuration").value("PT4H"))
                .andExpect(jsonPath("$.nameEn").value("Monthly food basket"))
                .andExpect(jsonPath("$.department.code").value(department))
                .andExpect(jsonPath("$.requiredDocuments.length()").value(2));

        as(admin, put("/api/v1/services/" + code), body("OTHER_CODE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code")));
        as(admin, put("/api/v1/services/" + code), """
                {"nameAr":"سلة","nameEn":"Basket","department":{"code":"%s"},"standardDuration":"P1D"}"""
                .formatted(department))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.requiredDocuments.length()").value(0))
                .andExpect(jsonPath("$.eligibleSegments.length()").value(0))
                .andExpect(jsonPath("$.publicService").value(false));
    }

    @Test
    void deactivatesAServiceInsteadOfDeletingIt() throws Exception {
        String code = uniqueCode("DEL");
        as(admin, post("/api/v1/services"), body(code)).andExpect(status().isCreated());

        as(admin, delete("/api/v1/services/" + code)).andExpect(status().isNoContent());
        as(admin, delete("/api/v1/services/" + code)).andExpect(status().isNoContent());
        as(admin, get("/api/v1/services/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        assertThat(catalog.active()).extracting(ServiceOffering::getCode).doesNotContain(code);
    }

    @Test
    void answersNotFoundForAnUnknownCode() throws Exception {
        as(admin, get("/api/v1/services/NO_SUCH_SERVICE")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        as(admin, put("/api/v1/services/NO_SUCH_SERVICE"), body("NO_SUCH_SERVICE")).andExpect(status().isNotFound());
        as(admin, delete("/api/v1/services/NO_SUCH_SERVICE")).andExpect(status().isNotFound());
    }

    @Test
    void requiresCredentials() throws Exception {
        mvc.perform(get("/api/v1/services"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anyStaffReadsTheCatalogButOnlyAdministratorsChangeIt() throws Exception {
        String code = uniqueCode("READ");
        as(admin, post("/api/v1/services"), body(code)).andExpect(status().isCreated());
        for (Role role : new Role[] { Role.OFFICER, Role.STAFF, Role.MANAGER, Role.BOARD }) {
            String member = TestAccounts.ensure(staff, role);
            as(member, get("/api/v1/services")).andExpect(status().isOk());
            as(member, get("/api/v1/services/" + code)).andExpect(status().isOk());
        }
        String officer = TestAccounts.ensure(staff, Role.OFFICER);
        as(officer, post("/api/v1/services"), body(uniqueCode("NO")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        as(officer, put("/api/v1/services/" + code), body(code)).andExpect(status().isForbidden());
        as(officer, delete("/api/v1/services/" + code)).andExpect(status().isForbidden());
        as(admin, get("/api/v1/services/" + code)).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/services'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/services/{code}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/services/{code}'].delete").exists());
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD)));
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
