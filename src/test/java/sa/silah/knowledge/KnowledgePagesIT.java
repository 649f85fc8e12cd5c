package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The library's staff pages: a manager uploads a PDF, finds it by a word on its second page with the word marked
 * and the page named, uploads a new version and downloads both; bad forms keep what was typed and say what is
 * wrong beside the field; FAQ entries are written, changed and deleted; an officer searches but cannot add.
 */
@IntegrationTest
class KnowledgePagesIT {

    private static final String PDF_TYPE = "application/pdf";

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    MultipartConfigElement multipartLimits;

    RequestPostProcessor manager = user("knowledge-manager").roles("MANAGER");
    RequestPostProcessor officer = user("knowledge-officer").roles("OFFICER");

    /** A word of this test only, so that other tests' items never match. */
    String marker;

    @BeforeEach
    void marker() {
        marker = TestData.uniqueWord();
    }

    @Test
    void aManagerUploadsAPdfThatIsListedFoundWithItsWordMarkedAndReplacedByANewVersion() throws Exception {
        byte[] first = KnowledgeSamples.pdf("دليل الخدمات", List.of("مقدمة الدليل",
                "تصرف المساعدة الشهرية للأسر " + marker));
        String location = mvc.perform(multipart("/knowledge/documents")
                        .file(new MockMultipartFile("file", "دليل.pdf", PDF_TYPE, first))
                        .param("type", "GUIDE").param("titleAr", "دليل الخدمات " + marker)
                        .param("titleEn", "Services guide").param("year", "2026").param("visibility", "INTERNAL")
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/knowledge/documents/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/knowledge/documents/".length()));

        mvc.perform(get("/knowledge/documents").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("دليل الخدمات " + marker)))
                .andExpect(content().string(containsString("(1447–1448 هـ)")));
        mvc.perform(get("/knowledge").param("q", "الشهريه " + marker).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>" + marker + "</mark>")))
                .andExpect(content().string(containsString("صفحة 2")))
                .andExpect(content().string(containsString("/knowledge/documents/" + id + "\"")));

        byte[] second = KnowledgeSamples.pdf("دليل الخدمات", List.of("تصرف الكفالة السنوية " + marker));
        mvc.perform(multipart("/knowledge/documents/" + id + "/versions")
                        .file(new MockMultipartFile("file", "دليل-2.pdf", PDF_TYPE, second))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/knowledge/documents/" + id));
        mvc.perform(get("/knowledge/documents/" + id).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/knowledge/documents/" + id + "/versions/2/file")))
                .andExpect(content().string(containsString("/knowledge/documents/" + id + "/versions/1/file")));
        mvc.perform(get("/knowledge").param("q", "السنويه " + marker).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("صفحة 1")));
        assertThat(library.search(SearchQuery.staff("الشهريه " + marker), PageRequest.of(0, 10)).getContent())
                .noneMatch(hit -> hit.page() != null);

        mvc.perform(get("/knowledge/documents/" + id + "/versions/1/file").with(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PDF_TYPE))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("UTF-8''%D8%AF%D9%84%D9%8A%D9%84.pdf")))
                .andExpect(content().bytes(first));
        mvc.perform(get("/knowledge/documents/" + id + "/versions/2/file").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().bytes(second));
    }

    @Test
    void aBadFormKeepsWhatWasTypedAndNamesTheProblemsBesideTheFields() throws Exception {
        mvc.perform(multipart("/knowledge/documents")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "نص عادي".getBytes()))
                        .param("type", "POLICY").param("titleAr", "سياسة " + marker).param("titleEn", "")
                        .param("year", "1800").param("visibility", "PUBLIC")
                        .with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "titleEn", "knowledge.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "year", "knowledge.document.year.invalid"))
                .andExpect(content().string(containsString("value=\"سياسة " + marker + "\"")))
                .andExpect(content().string(containsString("id=\"year-error\"")));

        mvc.perform(multipart("/knowledge/documents")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "نص عادي".getBytes()))
                        .param("type", "POLICY").param("titleAr", "سياسة " + marker).param("titleEn", "Policy")
                        .param("year", "2025").param("visibility", "PUBLIC")
                        .with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "knowledge.file.type"))
                .andExpect(content().string(containsString("id=\"file-error\"")));
        assertThat(library.search(SearchQuery.staff(marker), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitComesBackAsTheProblemOnThePageItWasSentFrom() throws Exception {
        byte[] oversized = new byte[(int) multipartLimits.getMaxRequestSize() + 1];
        Arrays.fill(oversized, (byte) '%');
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/knowledge/documents").session(session).with(manager).with(csrf())
                        .contentType("multipart/form-data; boundary=silah").content(oversized))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/knowledge/documents/new"));
        mvc.perform(get("/knowledge/documents/new").session(session).with(manager))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "file", "knowledge.file.tooLarge"))
                .andExpect(content().string(containsString("id=\"file-error\"")));

        KnowledgeDocument document = library.add(new DocumentDetails(DocumentType.OTHER, "مذكرة " + marker, "Memo",
                2026, Visibility.INTERNAL), new KnowledgeLibrary.Upload("memo.pdf", new ByteArrayInputStream(
                        KnowledgeSamples.pdf("مذكرة", List.of(marker)))), "knowledge-manager");
        mvc.perform(post("/knowledge/documents/" + document.getId() + "/versions").session(session).with(manager)
                        .with(csrf()).contentType("multipart/form-data; boundary=silah").content(oversized))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/knowledge/documents/" + document.getId()));
        mvc.perform(get("/knowledge/documents/" + document.getId()).session(session).with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"v-file-error\"")))
                .andExpect(content().string(containsString("الملف أكبر من الحد المسموح.")));
        assertThat(library.versionsOf(document.getId())).hasSize(1);
    }

    @Test
    void aManagerWritesChangesAndDeletesAQuestionAndItIsDueForReviewOnceItsDatePasses() throws Exception {
        String location = mvc.perform(post("/knowledge/entries")
                        .param("kind", "FAQ").param("questionAr", "كيف أسجل " + marker + "؟")
                        .param("questionEn", "How do I register?").param("answerAr", "من البوابة يا {beneficiaryName}")
                        .param("answerEn", "Through the portal").param("visibility", "PUBLIC")
                        .param("owner", "knowledge-manager")
                        .param("reviewOn", LocalDate.now(Dates.RIYADH).minusDays(1).toString())
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/knowledge/entries/".length()));

        mvc.perform(get("/knowledge/entries").param("kind", "FAQ").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("كيف أسجل " + marker)))
                .andExpect(content().string(containsString("حان موعد مراجعته")));
        mvc.perform(get("/knowledge/entries/" + id + "/edit").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("كيف أسجل " + marker)));

        mvc.perform(post("/knowledge/entries/" + id)
                        .param("kind", "FAQ").param("questionAr", "كيف أسجل " + marker + "؟")
                        .param("questionEn", "How do I register?").param("answerAr", "من البوابة الإلكترونية")
                        .param("answerEn", "Through the portal").param("visibility", "PUBLIC")
                        .param("reviewOn", LocalDate.now(Dates.RIYADH).plusMonths(6).toString())
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/knowledge/entries/" + id));
        mvc.perform(get("/knowledge/entries/" + id).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("من البوابة الإلكترونية")))
                .andExpect(content().string(not(containsString("حان موعد مراجعته"))));

        mvc.perform(post("/knowledge/entries/" + id)
                        .param("kind", "CANNED_ANSWER").param("questionAr", "سؤال " + marker)
                        .param("questionEn", "").param("answerAr", "مرحبًا {unknown}")
                        .param("answerEn", "Hello").param("visibility", "PUBLIC").param("documentIds", "12, abc")
                        .with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "documentIds", "knowledge.entry.documents.invalid"));
        mvc.perform(post("/knowledge/entries/" + id)
                        .param("kind", "CANNED_ANSWER").param("questionAr", "سؤال " + marker)
                        .param("questionEn", "").param("answerAr", "مرحبًا {unknown}")
                        .param("answerEn", "Hello").param("visibility", "PUBLIC")
                        .with(manager).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "questionEn", "knowledge.field.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "answerAr", "knowledge.entry.placeholder.unknown"))
                .andExpect(model().attributeHasFieldErrorCode("form", "visibility", "knowledge.entry.cannedAnswer.internal"))
                .andExpect(content().string(containsString("مرحبًا {unknown}")));

        mvc.perform(get("/knowledge/entries/" + id + "/delete").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أتحذف هذا المدخل؟")));
        mvc.perform(post("/knowledge/entries/" + id + "/delete").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/knowledge/entries?kind=FAQ"));
        mvc.perform(get("/knowledge/entries/" + id).with(manager)).andExpect(status().isNotFound());
        assertThat(library.search(SearchQuery.staff(marker), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void anOfficerSearchesAndReadsButCannotAddOrChange() throws Exception {
        KnowledgeEntry entry = library.write(new EntryDetails(EntryKind.CANNED_ANSWER, "رد على " + marker,
                "Reply", "نعتذر عن التأخير", "Sorry for the delay", null, Visibility.INTERNAL, null, null, null, null),
                "knowledge-manager");

        mvc.perform(get("/knowledge").param("q", marker).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/knowledge/entries/" + entry.getId() + "\"")))
                .andExpect(content().string(containsString("<mark>" + marker + "</mark>")));
        mvc.perform(get("/knowledge/entries/" + entry.getId()).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/knowledge/entries/" + entry.getId() + "/edit"))));
        mvc.perform(get("/knowledge/documents/new").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/knowledge/entries/new").with(officer)).andExpect(status().isForbidden());
        mvc.perform(post("/knowledge/entries").param("kind", "FAQ").with(officer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/knowledge/entries/" + entry.getId() + "/delete").with(officer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/knowledge/documents")
                        .file(new MockMultipartFile("file", "a.pdf", PDF_TYPE, KnowledgeSamples.pdf("أ", List.of(marker))))
                        .param("type", "GUIDE").with(officer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/knowledge").with(user("board").roles("BOARD"))).andExpect(status().isForbidden());
        assertThat(library.entry(entry.getId()).getQuestionAr()).isEqualTo("رد على " + marker);
    }
}
