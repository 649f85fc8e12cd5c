package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The library's public side, without signing in: public documents listed and downloaded, the public FAQ listed
 * and searched by words spelled another way; internal documents, internal FAQ and canned answers never shown.
 */
@IntegrationTest
class PublicKnowledgeIT {

    /** The latest year a document may have, so that this test's documents come first on the newest-first list. */
    static final int LATEST_YEAR = 2100;

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeLibrary library;

    /** A word of this test only, so that other tests' items never match. */
    String marker;

    @BeforeEach
    void marker() {
        marker = TestData.uniqueWord();
    }

    @Test
    void theDocumentsPageListsPublicDocumentsWithTheirHijriYearsAndNeverAnInternalOne() throws Exception {
        KnowledgeDocument report = document("التقرير العام " + marker, "Public report " + marker, Visibility.PUBLIC,
                "report.pdf");
        document("الخطة الداخلية " + marker, "Internal plan " + marker, Visibility.INTERNAL, "plan.pdf");

        mvc.perform(get("/documents"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("التقرير العام " + marker), containsString("تقرير سنوي"),
                        containsString("2100"), containsString("1523–1524 هـ"),
                        containsString("/documents/" + report.getId() + "/file"), containsString("/faq"))))
                .andExpect(content().string(not(containsString("الخطة الداخلية " + marker))));
    }

    @Test
    void thePublicSiteSpeaksEnglishOnTheLibraryPages() throws Exception {
        document("تقرير " + marker, "Report in English " + marker, Visibility.PUBLIC, "report.pdf");
        faq(Visibility.PUBLIC, "سؤال عام " + marker, "Public question in English " + marker);

        mvc.perform(get("/documents").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\" dir=\"ltr\">"),
                        containsString("Report in English " + marker), containsString("Annual report"),
                        containsString("1523–1524 AH"), containsString("Download the document"))));
        mvc.perform(get("/faq").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Frequently asked questions"),
                        containsString("Public question in English " + marker), containsString("Search the questions"))));
    }

    @Test
    void aPublicDocumentDownloadsItsCurrentVersionAsAnAttachment() throws Exception {
        KnowledgeDocument report = document("تقرير " + marker, "Report " + marker, Visibility.PUBLIC, "draft.pdf");
        byte[] approved = KnowledgeSamples.pdf("التقرير المعتمد", List.of("التقرير المعتمد " + marker));
        library.addVersion(report.getId(), new KnowledgeLibrary.Upload("التقرير-المعتمد.pdf",
                new ByteArrayInputStream(approved)), "admin");

        String disposition = mvc.perform(get("/documents/{id}/file", report.getId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(approved))
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(ContentDisposition.parse(disposition)).satisfies(attachment -> {
            assertThat(attachment.isAttachment()).isTrue();
            assertThat(attachment.getFilename()).isEqualTo("التقرير-المعتمد.pdf");
        });
    }

    @Test
    void anInternalOrUnknownDocumentIsNotFound() throws Exception {
        KnowledgeDocument internal = document("داخلية " + marker, "Internal " + marker, Visibility.INTERNAL,
                "internal.pdf");

        mvc.perform(get("/documents/{id}/file", internal.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}/file", Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    @Test
    void theFaqPageListsThePublicFaqButNeitherInternalFaqNorCannedAnswers() throws Exception {
        faq(Visibility.PUBLIC, "متى تصرف السلال؟ " + marker, "Public");
        faq(Visibility.INTERNAL, "سؤال للموظفين " + marker, "Internal");
        library.write(entry(EntryKind.CANNED_ANSWER, Visibility.INTERNAL, "رد جاهز " + marker, "Canned"), "admin");

        mvc.perform(get("/faq"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("متى تصرف السلال؟ " + marker),
                        containsString("الجواب عن السؤال"), containsString("action=\"/faq\""))))
                .andExpect(content().string(allOf(not(containsString("سؤال للموظفين " + marker)),
                        not(containsString("رد جاهز " + marker)))));
    }

    @Test
    void theFaqSearchFindsAPublicFaqByADifferentlySpelledWordAndNeverAnInternalItem() throws Exception {
        faq(Visibility.PUBLIC, "ما مواعيد صرف الإعانة الشهرية؟ " + marker, "Public");
        faq(Visibility.INTERNAL, "صرف الإعانة للموظفين " + marker, "Internal");
        library.write(entry(EntryKind.CANNED_ANSWER, Visibility.INTERNAL, "رد جاهز عن الإعانة " + marker, "Canned"),
                "admin");
        KnowledgeDocument internal = library.add(new DocumentDetails(DocumentType.GUIDE, "دليل الإعانة الداخلي " + marker,
                "Guide", 2026, Visibility.INTERNAL), upload("guide.pdf", "دليل الإعانة الداخلي " + marker), "admin");
        KnowledgeDocument policy = library.add(new DocumentDetails(DocumentType.POLICY, "سياسة الإعانات " + marker,
                "Policy", 2026, Visibility.PUBLIC), upload("policy.pdf", "تصرف الإعانة الشهرية للأسر " + marker),
                "admin");

        // alef without hamza and ta marbuta written as ha: spelled otherwise than in the question
        mvc.perform(get("/faq").param("q", "الاعانه " + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h3>ما مواعيد صرف <mark>الإعانة</mark> الشهرية؟ <mark>" + marker + "</mark></h3>"),
                        containsString("الجواب عن السؤال"),
                        containsString("سياسة الإعانات " + marker),
                        containsString("/documents/" + policy.getId() + "/file"))))
                .andExpect(content().string(allOf(not(containsString("للموظفين")), not(containsString("رد جاهز")),
                        not(containsString("الداخلي")), not(containsString("/documents/" + internal.getId() + "/")))));
    }

    @Test
    void aSearchThatFindsNothingOffersToAskTheQuestion() throws Exception {
        mvc.perform(get("/faq").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("لم نجد سؤالًا يطابق بحثك"),
                        containsString("/forms/inquiry"))));
    }

    private KnowledgeDocument document(String titleAr, String titleEn, Visibility visibility, String fileName) {
        return library.add(new DocumentDetails(DocumentType.ANNUAL_REPORT, titleAr, titleEn, LATEST_YEAR, visibility),
                upload(fileName, titleAr), "admin");
    }

    private static KnowledgeLibrary.Upload upload(String fileName, String text) {
        return new KnowledgeLibrary.Upload(fileName,
                new ByteArrayInputStream(KnowledgeSamples.pdf(text, List.of(text))));
    }

    private void faq(Visibility visibility, String questionAr, String questionEn) {
        library.write(new EntryDetails(EntryKind.FAQ, questionAr, questionEn, "الجواب عن السؤال", "The answer",
                null, visibility, "admin", LocalDate.now().plusMonths(6), Set.of(), Set.of()), "admin");
    }

    private static EntryDetails entry(EntryKind kind, Visibility visibility, String question, String answer) {
        return new EntryDetails(kind, question, "Question", answer, "Answer", null, visibility, "admin",
                LocalDate.now().plusMonths(6), Set.of(), Set.of());
    }
}
