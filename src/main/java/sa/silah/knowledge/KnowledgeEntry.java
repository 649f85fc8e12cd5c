package sa.silah.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** A FAQ entry or a canned answer: a question and its answer in Arabic and English. */
@Entity
@Table(name = "knowledge_entry")
public class KnowledgeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    private String questionAr;

    private String questionEn;

    private String answerAr;

    private String answerEn;

    private String tags;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private String owner;

    private LocalDate reviewOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "knowledge_entry_service", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @CollectionTable(name = "knowledge_entry_document", joinColumns = @JoinColumn(name = "entry_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new HashSet<>();

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected KnowledgeEntry() {
    }

    static KnowledgeEntry write(EntryDetails details, String actor, Instant now) {
        details.check();
        KnowledgeEntry entry = new KnowledgeEntry();
        entry.createdAt = now;
        entry.createdBy = actor;
        entry.apply(details, actor, now);
        return entry;
    }

    void change(EntryDetails details, String actor, Instant now) {
        details.check();
        apply(details, actor, now);
    }

    private void apply(EntryDetails details, String actor, Instant now) {
        kind = details.kind();
        questionAr = details.questionAr().strip();
        questionEn = details.questionEn().strip();
        answerAr = details.answerAr().strip();
        answerEn = details.answerEn().strip();
        tags = Texts.stripped(details.tags());
        visibility = details.visibility();
        owner = Texts.stripped(details.owner());
        reviewOn = details.reviewOn();
        serviceIds.clear();
        serviceIds.addAll(details.serviceIds());
        documentIds.clear();
        documentIds.addAll(details.documentIds());
        updatedAt = now;
        updatedBy = actor;
    }

    public EntryDetails details() {
        return new EntryDetails(kind, questionAr, questionEn, answerAr, answerEn, tags, visibility, owner, reviewOn,
                serviceIds, documentIds);
    }

    public String question(String language) {
        return "en".equals(language) ? questionEn : questionAr;
    }

    public String answer(String language) {
        return "en".equals(language) ? answerEn : answerAr;
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }

    /** Whether it is due for review on this day: a stale answer misleads. */
    public boolean isDueForReview(LocalDate today) {
        return reviewOn != null && !reviewOn.isAfter(today);
    }

    public Long getId() {
        return id;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getQuestionAr() {
        return questionAr;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public String getAnswerAr() {
        return answerAr;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public String getTags() {
        return tags;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public Set<Long> getServiceIds() {
        return Set.copyOf(serviceIds);
    }

    public Set<Long> getDocumentIds() {
        return Set.copyOf(documentIds);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
