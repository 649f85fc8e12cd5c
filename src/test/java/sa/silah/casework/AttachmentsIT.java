package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AttachmentsIT {

    private static final String ARABIC_NAME = "صورة الهوية الوطنية.pdf";
    private static final String STORED_NAME = "\\d{4}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Casework casework;

    @Autowired
    CaseworkProperties properties;

    @Autowired
    MultipartConfigElement multipartLimits;

    @Autowired
    RequestAttachments attachments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DepartmentManagement departments;

    @Autowired
    ServiceCatalog services;

    @Autowired
    StaffManagement staff;

    @Autowired
    BeneficiaryRegistry registry;

    @LocalServerPort
    int port;

    CaseworkFixture fixture;
    String ref;

    @BeforeEach
    void request() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
        ref = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE, fixture.serviceA,
                "طلب مساعدة بمستندات", null, null, null, null, null, null), casework.caseworker(fixture.officer))
                .getReferenceNumber();
    }

    @Test
    void uploadsAPdfAndKeepsItUnderAGeneratedNameInTheStorageDirectory() throws Exception {
        byte[] pdf = AttachmentSamples.pdf();

        ResultActions created = upload(fixture.staffA, ref, file(ARABIC_NAME, pdf))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/requests/" + ref + "/attachments/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.fileName").value(ARABIC_NAME))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.uploadedBy").value(fixture.staffA))
                .andExpect(jsonPath("$.uploadedAt", endsWith("+03:00")));

        String storedName = jdbc.queryForObject("select stored_name from attachment where id = ?", String.class,
                UUID.fromString(idOf(created)));
        assertThat(storedName).matches(STORED_NAME);
        assertThat(Path.of(properties.attachmentDirectory()).resolve(storedName)).hasBinaryContent(pdf);
        as(fixture.staffA, get("/api/v1/requests/" + ref + "/attachments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value(ARABIC_NAME))
                .andExpect(jsonPath("$[0].size").value(pdf.length));
    }

    @Test
    void downloadsTheSameBytesAsAFileWithTheArabicNameEncoded() throws Exception {
        byte[] pdf = AttachmentSamples.pdf();
        String id = idOf(upload(fixture.officer, ref, file(ARABIC_NAME, pdf)));

        byte[] downloaded = as(fixture.staffA, get("/api/v1/requests/" + ref + "/attachments/" + id))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", matchesPattern("attachment; .*")))
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename*=UTF-8''%D8%B5%D9%88%D8%B1%D8%A9%20%D8%A7%D9%84%D9%87%D9%88%D9%8A%D8%A9")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void recordsTheTypeFoundInTheContentNotTheOneDeclared() throws Exception {
        upload(fixture.officer, ref, new MockMultipartFile("file", "جدول.xlsx", "application/pdf", AttachmentSamples.xlsx()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void refusesAProgramCalledPdfNamingTheFileAndKeepsNothing() throws Exception {
        upload(fixture.officer, ref, file("فاتورة.pdf", AttachmentSamples.windowsProgram()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        upload(fixture.officer, ref, file("صورة.svg", AttachmentSamples.svg()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(attachmentsOfTheRequest()).isZero();
    }

    @Test
    void refusesAnEmptyFileAndAnUploadWithoutOne() throws Exception {
        upload(fixture.officer, ref, file("فارغ.pdf", new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        as(fixture.officer, multipart("/api/v1/requests/" + ref + "/attachments").param("note", "بلا ملف"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void answersAnUploadOverTheMultipartLimitWith413NamingTheFile() throws Exception {
        mvc.perform(post("/api/v1/requests/" + ref + "/attachments").with(httpBasic(fixture.officer, TestAccounts.PASSWORD))
                        .contentType("multipart/form-data; boundary=silah").content(oversizedBody()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(attachmentsOfTheRequest()).isZero();
    }

    @Test
    void answersAnUploadWithoutDeclaredLengthThatTurnsOutTooLargeWith413() throws Exception {
        String boundary = "silah-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(oversizedBody());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // Streamed from an InputStream, the body goes out chunked: the limit is found only while reading it.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests/" + ref
                        + "/attachments"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (fixture.officer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray())))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).at("/errors/0/field").asString()).isEqualTo("file");
    }

    @Test
    void removesTheFileAgainWhenItsRowIsNotCommitted() {
        Path[] file = new Path[1];
        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            Attachment attachment = attachments.attach(ref, "خطاب.pdf", new ByteArrayInputStream(AttachmentSamples.pdf()),
                    casework.caseworker(fixture.officer));
            file[0] = Path.of(properties.attachmentDirectory()).resolve(jdbc.queryForObject(
                    "select stored_name from attachment where id = ?", String.class, attachment.getId()));
            assertThat(file[0]).exists();
            transaction.setRollbackOnly();
        });
        assertThat(file[0]).doesNotExist();
        assertThat(attachmentsOfTheRequest()).isZero();
    }

    @Test
    void anotherDepartmentsStaffGetNotFoundForTheListTheDownloadAndTheUpload() throws Exception {
        String id = idOf(upload(fixture.officer, ref, file("خطاب.pdf", AttachmentSamples.pdf())));

        as(fixture.staffB, get("/api/v1/requests/" + ref + "/attachments")).andExpect(status().isNotFound());
        as(fixture.staffB, get("/api/v1/requests/" + ref + "/attachments/" + id)).andExpect(status().isNotFound());
        upload(fixture.staffB, ref, file("دخيل.pdf", AttachmentSamples.pdf())).andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + ref + "/attachments/" + id).with(user(fixture.staffB).roles("STAFF")))
                .andExpect(status().isNotFound());
        assertThat(attachmentsOfTheRequest()).isOne();
    }

    @Test
    void anAttachmentIsFoundOnlyUnderItsOwnRequest() throws Exception {
        String id = idOf(upload(fixture.officer, ref, file("خطاب.pdf", AttachmentSamples.pdf())));
        String other = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.INQUIRY, Channel.PHONE, null,
                "استفسار آخر", null, null, null, null, null, null), casework.caseworker(fixture.officer))
                .getReferenceNumber();

        as(fixture.officer, get("/api/v1/requests/" + other + "/attachments/" + id)).andExpect(status().isNotFound());
        as(fixture.officer, get("/api/v1/requests/" + ref + "/attachments/" + UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRequestPageAttachesAFileAndListsIt() throws Exception {
        RequestPostProcessor staffA = user(fixture.staffA).roles("STAFF");
        MockMultipartFile scan = file("صك الوقف.pdf", AttachmentSamples.pdf());

        mvc.perform(multipart("/requests/" + ref + "/attachments").file(scan).with(staffA))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/requests/" + ref + "/attachments").file(scan).with(staffA).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/" + ref))
                .andExpect(flash().attribute("message", "attachment.saved"));

        String page = mvc.perform(get("/requests/" + ref).with(staffA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("صك الوقف.pdf", "/requests/" + ref + "/attachments/", "enctype=\"multipart/form-data\"");
    }

    @Test
    void theRequestPageShowsWhyAFileWasRefused() throws Exception {
        mvc.perform(multipart("/requests/" + ref + "/attachments")
                        .file(file("برنامج.pdf", AttachmentSamples.windowsProgram()))
                        .with(user(fixture.officer).roles("OFFICER")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("attachmentProblems"))
                .andExpect(content().string(containsString("لا يُقبل هذا النوع من الملفات")));
    }

    @Test
    void theRequestPageAnswersAnUploadOverTheLimitWithTheProblem() throws Exception {
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor officer = user(fixture.officer).roles("OFFICER");

        mvc.perform(post("/requests/" + ref + "/attachments").session(session).with(officer).with(csrf())
                        .contentType("multipart/form-data; boundary=silah").content(oversizedBody()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/requests/" + ref));

        mvc.perform(get("/requests/" + ref).session(session).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("الملف أكبر من الحجم المسموح به للمرفقات")));
    }

    private byte[] oversizedBody() {
        byte[] body = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(body, (byte) '%');
        return body;
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "application/pdf", content);
    }

    private ResultActions upload(String username, String reference, MockMultipartFile file) throws Exception {
        return as(username, multipart("/api/v1/requests/" + reference + "/attachments").file(file));
    }

    private ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD)));
    }

    private String idOf(ResultActions created) throws Exception {
        return json.readTree(created.andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private long attachmentsOfTheRequest() {
        return jdbc.queryForObject("select count(*) from attachment a join request r on r.id = a.request_id "
                + "where r.reference_number = ?", Long.class, ref);
    }
}
