package sa.silah.knowledge.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;

import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.Dates;

/** A FAQ entry or canned answer as the API shows it; dueForReview once its review date has passed. */
record EntryResponse(long id, EntryKind kind, String questionAr, String questionEn, String answerAr,
        String answerEn, String tags, Visibility visibility, String owner, LocalDate reviewOn, boolean dueForReview,
        Set<Long> serviceIds, Set<Long> documentIds, OffsetDateTime updatedAt, String updatedBy) {

    static EntryResponse of(KnowledgeEntry entry) {
        return new EntryResponse(entry.getId(), entry.getKind(), entry.getQuestionAr(), entry.getQuestionEn(),
                entry.getAnswerAr(), entry.getAnswerEn(), entry.getTags(), entry.getVisibility(), entry.getOwner(),
                entry.getReviewOn(), entry.isDueForReview(LocalDate.now(Dates.RIYADH)),
                new TreeSet<>(entry.getServiceIds()), new TreeSet<>(entry.getDocumentIds()),
                entry.getUpdatedAt() == null ? null : entry.getUpdatedAt().atZone(Dates.RIYADH).toOffsetDateTime(),
                entry.getUpdatedBy());
    }
}
