package sa.silah.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.ArabicText;

/**
 * One searchable passage of the library: a document's title or one page of its current version, an entry's
 * question or its answer. It repeats what the search filters on, so that a search reads one table.
 */
@Entity
@Table(name = "knowledge_passage")
class Passage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long documentId;

    private Long entryId;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    @Column(name = "publication_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private Integer page;

    private boolean heading;

    private String text;

    private String normalized;

    protected Passage() {
    }

    private Passage(Long documentId, Long entryId, ItemKind kind, DocumentType type, Integer year,
            Visibility visibility, Integer page, boolean heading, String text) {
        this.documentId = documentId;
        this.entryId = entryId;
        this.kind = kind;
        this.type = type;
        this.year = year;
        this.visibility = visibility;
        this.page = page;
        this.heading = heading;
        this.text = text;
        this.normalized = ArabicText.normalize(text);
    }

    static Passage title(KnowledgeDocument document) {
        return new Passage(document.getId(), null, ItemKind.DOCUMENT, document.getType(), document.getYear(),
                document.getVisibility(), null, true, document.getTitleAr() + "\n" + document.getTitleEn());
    }

    static Passage page(KnowledgeDocument document, int page, String text) {
        return new Passage(document.getId(), null, ItemKind.DOCUMENT, document.getType(), document.getYear(),
                document.getVisibility(), page, false, text);
    }

    static Passage question(KnowledgeEntry entry) {
        return new Passage(null, entry.getId(), ItemKind.of(entry.getKind()), null, null, entry.getVisibility(), null,
                true, entry.getQuestionAr() + "\n" + entry.getQuestionEn());
    }

    static Passage answer(KnowledgeEntry entry) {
        return new Passage(null, entry.getId(), ItemKind.of(entry.getKind()), null, null, entry.getVisibility(), null,
                false, entry.getAnswerAr() + "\n" + entry.getAnswerEn());
    }
}
