package sa.silah.knowledge.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.knowledge.EntryDetails;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.Visibility;

/**
 * A FAQ entry or canned answer as typed on the page. Linked documents are typed as their numbers separated by
 * commas or spaces: the documents are too many for a pick list.
 */
public class EntryForm {

    private EntryKind kind;
    private String questionAr;
    private String questionEn;
    private String answerAr;
    private String answerEn;
    private String tags;
    private Visibility visibility;
    private String owner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewOn;
    private Set<Long> serviceIds = new LinkedHashSet<>();
    private String documentIds;

    static EntryForm of(KnowledgeEntry entry) {
        EntryForm form = new EntryForm();
        form.kind = entry.getKind();
        form.questionAr = entry.getQuestionAr();
        form.questionEn = entry.getQuestionEn();
        form.answerAr = entry.getAnswerAr();
        form.answerEn = entry.getAnswerEn();
        form.tags = entry.getTags();
        form.visibility = entry.getVisibility();
        form.owner = entry.getOwner();
        form.reviewOn = entry.getReviewOn();
        form.serviceIds = new LinkedHashSet<>(entry.getServiceIds());
        form.documentIds = entry.getDocumentIds().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return form;
    }

    /** The details, or the field {@code documentIds} refused when it holds something other than numbers. */
    EntryDetails toDetails() {
        return new EntryDetails(kind, questionAr, questionEn, answerAr, answerEn, tags, visibility, owner, reviewOn,
                serviceIds, DocumentNumbers.parse(documentIds));
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getQuestionAr() {
        return questionAr;
    }

    public void setQuestionAr(String questionAr) {
        this.questionAr = questionAr;
    }

    public String getQuestionEn() {
        return questionEn;
    }

    public void setQuestionEn(String questionEn) {
        this.questionEn = questionEn;
    }

    public String getAnswerAr() {
        return answerAr;
    }

    public void setAnswerAr(String answerAr) {
        this.answerAr = answerAr;
    }

    public String getAnswerEn() {
        return answerEn;
    }

    public void setAnswerEn(String answerEn) {
        this.answerEn = answerEn;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public Set<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(Set<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new LinkedHashSet<>() : serviceIds;
    }

    public String getDocumentIds() {
        return documentIds;
    }

    public void setDocumentIds(String documentIds) {
        this.documentIds = documentIds;
    }
}
