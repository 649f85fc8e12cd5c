package sa.silah.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * Documents uploaded as real Arabic PDF and DOCX files are read page by page and found by words spelled another
 * way; FAQ questions rank first; internal items never reach the public view.
 */
@IntegrationTest
class KnowledgeLibraryIT {

    @Autowired
    KnowledgeLibrary library;

    /** A word of this test only, so that other tests' items never match. */
    String marker;

    @BeforeEach
    void marker() {
        marker = TestData.uniqueWord();
    }

    @Test
    void aPdfIsReadPageByPageAndFoundByADifferentlySpelledWordOnItsPage() {
        KnowledgeDocument bylaws = library.add(details(DocumentType.BYLAWS, Visibility.PUBLIC),
                upload("bylaws.pdf", KnowledgeSamples.pdf("النظام الأساسي", List.of(
                        "الباب الأول: أحكام عامة " + marker,
                        "المادة الخامسة: تُقدِّم الجمعيّة المساعدة إلى الأسر المحتاجة في المدينة المنورة " + marker))),
                "admin");

        assertThat(library.versionsOf(bylaws.getId())).singleElement().satisfies(version -> {
            assertThat(version.getFileType()).isEqualTo(FileType.PDF);
            assertThat(version.getPages()).isEqualTo(2);
        });
        // alef without hamza, ta marbuta as ha, no diacritics: written otherwise than on the page
        Page<SearchHit> hits = library.search(SearchQuery.staff("تقدم الجمعيه الاسر المحتاجه " + marker),
                PageRequest.of(0, 10));
        assertThat(hits.getContent()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(ItemKind.DOCUMENT);
            assertThat(hit.itemId()).isEqualTo(bylaws.getId());
            assertThat(hit.page()).isEqualTo(2);
            assertThat(hit.snippetText()).contains("الأسر المحتاجة");
            assertThat(hit.snippet()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text)
                    .contains("المحتاجة");
        });
    }

    @Test
    void aWordDocumentIsReadPageByPage() {
        KnowledgeDocument plan = library.add(details(DocumentType.ANNUAL_PLAN, Visibility.INTERNAL),
                upload("plan.docx", KnowledgeSamples.docx(List.of(
                        "خطة البرامج والأنشطة لعام 2026\nالبرنامج الأول " + marker,
                        "برنامج كفالة الأيتام يبدأ في شهر رمضان " + marker))),
                "admin");

        assertThat(library.versionsOf(plan.getId())).singleElement()
                .satisfies(version -> assertThat(version.getPages()).isEqualTo(2));
        assertThat(library.search(SearchQuery.staff("كفاله الايتام " + marker), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(hit -> assertThat(hit.page()).isEqualTo(2));
    }

    @Test
    void aFaqWhoseQuestionMatchesRanksAboveADocumentThatMentionsTheWords() {
        library.add(details(DocumentType.GUIDE, Visibility.PUBLIC), upload("guide.pdf", KnowledgeSamples.pdf("دليل",
                List.of("يمكن معرفة مواعيد صرف السلال الغذائية من الموقع " + marker))), "admin");
        KnowledgeEntry faq = library.write(entry(EntryKind.FAQ, Visibility.PUBLIC,
                "متى مواعيد صرف السلال الغذائية؟ " + marker,
                "مواعيد صرف السلال الغذائية في الأسبوع الأول من كل شهر " + marker), "admin");

        List<SearchHit> hits = library.search(SearchQuery.staff("مواعيد صرف السلال " + marker), PageRequest.of(0, 10))
                .getContent();

        assertThat(hits).as("the entry's question and answer both match: one hit")
                .extracting(SearchHit::kind).containsExactly(ItemKind.FAQ, ItemKind.DOCUMENT);
        assertThat(hits.get(0).itemId()).isEqualTo(faq.getId());
    }

    @Test
    void internalItemsNeverReachThePublicView() {
        KnowledgeDocument internal = library.add(details(DocumentType.POLICY, Visibility.INTERNAL),
                upload("internal.pdf", KnowledgeSamples.pdf("سياسة داخلية", List.of("سياسة داخلية " + marker))),
                "admin");
        library.write(entry(EntryKind.CANNED_ANSWER, Visibility.INTERNAL, "رد جاهز " + marker, "نص الرد"), "admin");
        library.write(entry(EntryKind.FAQ, Visibility.INTERNAL, "سؤال داخلي " + marker, "جواب"), "admin");

        assertThat(library.search(SearchQuery.staff(marker), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(4);
        assertThat(library.search(SearchQuery.everyone(marker), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(library.publicDocument(internal.getId())).isEmpty();

        library.describe(internal.getId(), new DocumentDetails(DocumentType.POLICY, "سياسة منشورة", "Published policy",
                2026, Visibility.PUBLIC), "admin");
        assertThat(library.search(SearchQuery.everyone(marker), PageRequest.of(0, 10)).getContent())
                .extracting(SearchHit::itemId).containsOnly(internal.getId());
    }

    @Test
    void aNewVersionReplacesTheTextSearchedAndKeepsTheOldFile() {
        KnowledgeDocument report = library.add(details(DocumentType.ANNUAL_REPORT, Visibility.PUBLIC),
                upload("report.pdf", KnowledgeSamples.pdf("التقرير", List.of("مسودة التقرير " + marker))), "admin");
        library.addVersion(report.getId(), upload("report-final.docx",
                KnowledgeSamples.docx(List.of("التقرير المعتمد " + marker))), "admin");

        assertThat(library.versionsOf(report.getId())).extracting(DocumentVersion::getVersionNo, DocumentVersion::getFileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "report-final.docx"),
                        org.assertj.core.groups.Tuple.tuple(1, "report.pdf"));
        assertThat(library.fileOf(library.version(report.getId(), 1))).exists();
        assertThat(library.search(SearchQuery.staff("مسوده " + marker), PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(library.search(SearchQuery.staff("المعتمد " + marker), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(hit -> assertThat(hit.page()).isEqualTo(1));
    }

    @Test
    void aFileThatIsNeitherPdfNorWordIsRefusedAndNothingIsKept() {
        long before = library.documents(PageRequest.of(0, 1)).getTotalElements();

        assertThatThrownBy(() -> library.add(details(DocumentType.OTHER, Visibility.PUBLIC),
                upload("notes.txt", "نص عادي".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "admin"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("file", "knowledge.file.type")));
        assertThat(library.documents(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void anAnswerNamesOnlyKnownPlaceholdersAndACannedAnswerStaysInternal() {
        assertThatThrownBy(() -> library.write(new EntryDetails(EntryKind.CANNED_ANSWER, "سؤال", "Question",
                "عزيزي {beneficiaryName}، {unknown}", "Dear {beneficiaryName}", null, Visibility.PUBLIC, null, null,
                Set.of(), Set.of()), "admin"))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactlyInAnyOrder(new FieldProblem("answerAr", "knowledge.entry.placeholder.unknown"),
                                new FieldProblem("visibility", "knowledge.entry.cannedAnswer.internal")));
    }

    private DocumentDetails details(DocumentType type, Visibility visibility) {
        return new DocumentDetails(type, "وثيقة " + marker, "Document " + marker, 2026, visibility);
    }

    private static KnowledgeLibrary.Upload upload(String name, byte[] content) {
        return new KnowledgeLibrary.Upload(name, new ByteArrayInputStream(content));
    }

    private static EntryDetails entry(EntryKind kind, Visibility visibility, String question, String answer) {
        return new EntryDetails(kind, question, "Question", answer, "Answer", null, visibility, "admin",
                LocalDate.now().plusMonths(6), Set.of(), Set.of());
    }
}
