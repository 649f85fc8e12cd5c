package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

@IntegrationTest
class LetterApiIT {

    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterRegister register;

    @Autowired
    MultipartConfigElement multipartLimits;

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

    LettersFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LettersFixture(departments, services, staff, registry, casework);
    }

    @Test
    void registersAnOutgoingLetterAboutARequestAndPrintsIt() throws Exception {
        String json = """
                {"direction":"OUTGOING","letterDate":"2026-11-26","correspondent":"%s","subject":"رد على طلبكم",
                 "body":"نفيدكم بالموافقة. رقم خطابنا {letterNumber}","language":"ar","templateCode":"REQUEST_REPLY",
                 "requestReference":"%s"}""".formatted(fixture.beneficiaryName, fixture.request);
        String number = read(send(json, null)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/letters/OUT-14\\d\\d-\\d{4,}")))
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.beneficiaryId").value(fixture.beneficiary.toString()))
                .andExpect(jsonPath("$.letterDateHijri").value("16 Jumada II 1448 AH"))
                .andExpect(jsonPath("$.registeredAt", matchesPattern(".*\\+03:00"))), "$.number");

        as(get("/api/v1/letters/" + number))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("نفيدكم بالموافقة. رقم خطابنا " + number))
                .andExpect(jsonPath("$.requestReference").value(fixture.request));
        as(get("/api/v1/letters/" + number + "/pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        as(get("/api/v1/letters").param("beneficiaryId", fixture.beneficiary.toString()).param("direction", "OUTGOING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].number", hasItem(number)))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstLetterAndAnotherLetterWithItIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = incoming("مكرر " + TestData.uniqueWord());
        String first = read(send(json, key).andExpect(status().isCreated()), "$.number");
        send(json, key)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.number").value(first));
        send(incoming("آخر"), key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        send("""
                {"direction":"INCOMING","correspondent":"","subject":"موضوع","beneficiaryId":"%s"}"""
                .formatted(UUID.randomUUID()), null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("letterDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("correspondent")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("beneficiaryId")));
        as(get("/api/v1/letters/OUT-1448-99999999")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void attachesAScanOnceAndHandsItBack() throws Exception {
        String number = read(send(incoming("مع صورة"), null), "$.number");
        mvc.perform(multipart("/api/v1/letters/" + number + "/file")
                        .file(new MockMultipartFile("file", "x.exe", "image/jpeg", "MZ".getBytes()))
                        .with(httpBasic(fixture.officer, TestAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/letters/" + number + "/file")
                        .file(new MockMultipartFile("file", "scan.jpg", "image/jpeg", JPEG))
                        .with(httpBasic(fixture.officer, TestAccounts.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scan.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.scan.size").value(JPEG.length));
        as(get("/api/v1/letters/" + number + "/file"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(JPEG));
    }

    @Test
    void answersAScanOverTheMultipartLimitWith413NamingTheFile() throws Exception {
        String number = read(send(incoming("صورة كبيرة"), null), "$.number");
        byte[] oversized = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(oversized, (byte) '%');
        as(post("/api/v1/letters/" + number + "/file").contentType("multipart/form-data; boundary=silah").content(oversized))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("الملف أكبر من الحجم المسموح به."));
        assertThat(register.find(number).hasScan()).isFalse();
    }

    @Test
    void onlyStaffWhoWorkOnRequestsMayUseTheRegister() throws Exception {
        mvc.perform(get("/api/v1/letters")).andExpect(status().isUnauthorized());
    }

    private String incoming(String subject) {
        return """
                {"direction":"INCOMING","letterDate":"2026-11-25","correspondent":"أمانة المنطقة","subject":"%s"}"""
                .formatted(subject);
    }

    private ResultActions send(String json, String idempotencyKey) throws Exception {
        var request = post("/api/v1/letters").contentType(MediaType.APPLICATION_JSON).content(json);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return as(request);
    }

    private ResultActions as(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(fixture.officer, TestAccounts.PASSWORD)));
    }

    private static String read(ResultActions result, String path) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }
}
