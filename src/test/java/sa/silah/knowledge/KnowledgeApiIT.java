package sa.silah.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import sa.silah.staff.Role;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestAccounts;
import sa.silah.test.TestData;

/**
 * The library's API: the search's items, the public view that never shows an internal item, documents with
 * their versions and entries written, read, changed and deleted, and the refusals (400 with the fields, 404,
 * 403 for an officer writing).
 */
@IntegrationTest
class KnowledgeApiIT {

    private static final String PDF_TYPE = "application/pdf";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffManagement staff;

    @Autowired
    MultipartConfigElement multipartLimits;

    String manager;
    String officer;

    /** A word of this test only, so that other tests' items never match. */
    String marker;

    @BeforeEach
    void accounts() {
        manager = TestAccounts.ensure(staff, Role.MANAGER);
        officer = TestAccounts.ensure(staff, Role.OFFICER);
        marker = TestData.uniqueWord();
    }

    @Test
    void searchAnswersItemsAndThePublicViewLeavesEveryInternalItemOut() throws Exception {
        long publicDocument = addDocument("PUBLIC", List.of("أحكام عامة", "شروط العضوية في الجمعية " + marker));
        long internalDocument = addDocument("INTERNAL", List.of("إجراءات العضوية الداخلية " + marker));
        long internalFaq = readId(as(manager, post("/api/v1/knowledge/entries").contentType(MediaType.APPLICATION_JSON)
                .content(entry("FAQ", "INTERNAL", "ما شروط العضوية " + marker))), "$.id");

        as(officer, get("/api/v1/knowledge/search").param("q", "العضويه " + marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].kind").value("FAQ"))
                .andExpect(jsonPath("$.content[0].id").value(internalFaq))
                .andExpect(jsonPath("$.content[0].title").value("ما شروط العضوية " + marker))
                .andExpect(jsonPath("$.content[0].score").isNumber())
                .andExpect(jsonPath("$.content[?(@.id == " + publicDocument + ")].page").value(hasItem(2)))
                .andExpect(jsonPath("$.content[?(@.id == " + publicDocument + ")].snippet")
                        .value(hasItem(containsString("شروط العضوية في الجمعية"))))
                .andExpect(jsonPath("$.content[*].snippet").value(not(hasItem(containsString("<")))));

        as(officer, get("/api/v1/knowledge/search").param("q", "العضويه " + marker).param("view", "public")
                        .param("visibility", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        as(officer, get("/api/v1/knowledge/search").param("q", "العضويه " + marker).param("view", "public"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(publicDocument))
                .andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) internalDocument))))
                // documents and entries are numbered apart, so the FAQ is told by its kind, not its number
                .andExpect(jsonPath("$.content[*].kind").value(not(hasItem("FAQ"))));
        as(officer, get("/api/v1/knowledge/search").param("q", marker).param("kind", "DOCUMENT")
                        .param("type", "BYLAWS"))
                .andExpect(jsonPath("$.totalElements").value(2));
        as(officer, get("/api/v1/knowledge/search").param("q", marker).param("view", "everyone"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("view"));
    }

    @Test
    void documentsAreAddedReadDescribedAndGetNewVersions() throws Exception {
        long id = addDocument("INTERNAL", List.of("النسخة الأولى " + marker));

        as(officer, get("/api/v1/knowledge/documents/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("BYLAWS"))
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.yearHijri").value("1447–1448"))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.versions[0].fileName").value("bylaws.pdf"))
                .andExpect(jsonPath("$.versions[0].mediaType").value(PDF_TYPE))
                .andExpect(jsonPath("$.versions[0].pages").value(1));

        byte[] second = KnowledgeSamples.docx(List.of("النسخة الثانية " + marker, "الصفحة الأخيرة"));
        as(manager, multipart("/api/v1/knowledge/documents/" + id + "/versions")
                        .file(new MockMultipartFile("file", "bylaws.docx", "application/octet-stream", second)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/knowledge/documents/" + id + "/versions/2/file"))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.versions[0].pages").value(2))
                .andExpect(jsonPath("$.versions[0].mediaType").value(FileType.DOCX.mediaType()));
        as(officer, get("/api/v1/knowledge/documents/" + id + "/versions/2/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", FileType.DOCX.mediaType()))
                .andExpect(content().bytes(second));

        as(manager, put("/api/v1/knowledge/documents/" + id).contentType(MediaType.APPLICATION_JSON).content("""
                {"type":"POLICY","titleAr":"سياسة %s","titleEn":"Policy","year":2025,"visibility":"PUBLIC"}"""
                .formatted(marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("POLICY"))
                .andExpect(jsonPath("$.visibility").value("PUBLIC"));
        as(manager, patch("/api/v1/knowledge/documents/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleEn\":\"Membership policy\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value("Membership policy"))
                .andExpect(jsonPath("$.titleAr").value("سياسة " + marker))
                .andExpect(jsonPath("$.year").value(2025));
        as(officer, get("/api/v1/knowledge/search").param("q", "الثانيه " + marker).param("view", "public"))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].page").value(1));
    }

    @Test
    void entriesAreWrittenReadRewrittenAndDeleted() throws Exception {
        long id = readId(as(manager, post("/api/v1/knowledge/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(entry("CANNED_ANSWER", "INTERNAL", "رد " + marker)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CANNED_ANSWER")), "$.id");

        as(officer, get("/api/v1/knowledge/entries/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionAr").value("رد " + marker))
                .andExpect(jsonPath("$.reviewOn").value("2020-01-01"))
                .andExpect(jsonPath("$.dueForReview").value(true));
        as(officer, get("/api/v1/knowledge/entries").param("kind", "CANNED_ANSWER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
        as(manager, put("/api/v1/knowledge/entries/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("FAQ", "PUBLIC", "سؤال " + marker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("FAQ"))
                .andExpect(jsonPath("$.visibility").value("PUBLIC"));
        as(manager, delete("/api/v1/knowledge/entries/" + id)).andExpect(status().isNoContent());
        as(officer, get("/api/v1/knowledge/entries/" + id)).andExpect(status().isNotFound());
        as(officer, get("/api/v1/knowledge/search").param("q", marker))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void badInputIs400WithTheFieldsUnknownIs404AndAnOfficerCannotWrite() throws Exception {
        as(manager, post("/api/v1/knowledge/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(entry("CANNED_ANSWER", "PUBLIC", "")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("questionAr")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("visibility")));
        as(manager, multipart("/api/v1/knowledge/documents")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "نص".getBytes()))
                        .param("type", "BYLAWS").param("titleAr", "عنوان " + marker).param("titleEn", "Title")
                        .param("year", "2026").param("visibility", "INTERNAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        as(manager, multipart("/api/v1/knowledge/documents")
                        .file(new MockMultipartFile("file", "a.pdf", PDF_TYPE, KnowledgeSamples.pdf("أ", List.of(marker))))
                        .param("type", "NOVEL").param("year", "twenty"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("year")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("titleAr")));

        as(officer, get("/api/v1/knowledge/documents/999999999")).andExpect(status().isNotFound());
        as(officer, get("/api/v1/knowledge/entries/999999999")).andExpect(status().isNotFound());
        as(manager, delete("/api/v1/knowledge/entries/999999999")).andExpect(status().isNotFound());
        as(officer, get("/api/v1/knowledge/documents/999999999/versions/1/file")).andExpect(status().isNotFound());

        as(officer, post("/api/v1/knowledge/entries").contentType(MediaType.APPLICATION_JSON)
                        .content(entry("FAQ", "INTERNAL", "سؤال " + marker)))
                .andExpect(status().isForbidden());
        as(officer, multipart("/api/v1/knowledge/documents")
                        .file(new MockMultipartFile("file", "a.pdf", PDF_TYPE, KnowledgeSamples.pdf("أ", List.of(marker)))))
                .andExpect(status().isForbidden());
        as(officer, get("/api/v1/knowledge/search").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anOversizedUploadIs413NamingTheFileAndTheApiIsDescribed() throws Exception {
        byte[] oversized = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(oversized, (byte) '%');
        as(manager, post("/api/v1/knowledge/documents").contentType("multipart/form-data; boundary=silah")
                        .content(oversized))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/knowledge/search'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/knowledge/documents'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/knowledge/documents/{id}'].patch").exists())
                .andExpect(jsonPath("$.paths['/api/v1/knowledge/documents/{id}/versions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/knowledge/entries/{id}'].delete").exists());
    }

    private long addDocument(String visibility, List<String> pages) throws Exception {
        return readId(as(manager, multipart("/api/v1/knowledge/documents")
                        .file(new MockMultipartFile("file", "bylaws.pdf", PDF_TYPE, KnowledgeSamples.pdf("اللائحة", pages)))
                        .param("type", "BYLAWS").param("titleAr", "اللائحة الأساسية").param("titleEn", "Bylaws")
                        .param("year", "2026").param("visibility", visibility))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/knowledge/documents/"))), "$.id");
    }

    private static String entry(String kind, String visibility, String questionAr) {
        return """
                {"kind":"%s","questionAr":"%s","questionEn":"A question","answerAr":"إجابة {beneficiaryName}",
                 "answerEn":"An answer","tags":"عضوية","visibility":"%s","owner":"%s","reviewOn":"2020-01-01",
                 "serviceIds":[],"documentIds":[]}""".formatted(kind, questionAr, visibility, "test-manager");
    }

    private ResultActions as(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(username, TestAccounts.PASSWORD)));
    }

    private static long readId(ResultActions result, String path) throws Exception {
        Number id = com.jayway.jsonpath.JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
        return id.longValue();
    }
}
