package sa.silah.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.Dates;

/** A document of the association; its file is the current one of its versions. */
@Entity
@Table(name = "knowledge_document")
public class KnowledgeDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private DocumentType type;

    private String titleAr;

    private String titleEn;

    @Column(name = "publication_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private int currentVersion;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected KnowledgeDocument() {
    }

    static KnowledgeDocument describe(DocumentDetails details, String actor, Instant now) {
        details.check();
        KnowledgeDocument document = new KnowledgeDocument();
        document.createdAt = now;
        document.createdBy = actor;
        document.apply(details, actor, now);
        return document;
    }

    void change(DocumentDetails details, String actor, Instant now) {
        details.check();
        apply(details, actor, now);
    }

    private void apply(DocumentDetails details, String actor, Instant now) {
        type = details.type();
        titleAr = details.titleAr().strip();
        titleEn = details.titleEn().strip();
        year = details.year();
        visibility = details.visibility();
        updatedAt = now;
        updatedBy = actor;
    }

    /** The number the next upload gets; uploading makes it current. */
    int nextVersion(String actor, Instant now) {
        currentVersion++;
        updatedAt = now;
        updatedBy = actor;
        return currentVersion;
    }

    public DocumentDetails details() {
        return new DocumentDetails(type, titleAr, titleEn, year, visibility);
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleAr;
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /**
     * The Umm al-Qura years the Gregorian year spans, such as "1447–1448": a Gregorian year always overlaps two
     * Hijri years (sometimes three), and staff know the association's plans and reports by either.
     */
    public String hijriYears() {
        return Dates.hijriYearSpan(year);
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public int getYear() {
        return year;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
