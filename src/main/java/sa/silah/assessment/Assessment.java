package sa.silah.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import sa.silah.shared.Dates;
import sa.silah.shared.PersonalIdentifiers;

/**
 * One assessment of a beneficiary's need: the form version it answered, the answers (sensitive ones kept apart, to
 * be shown only to the roles that need them), the household as the registry had it, and the score with its
 * explanation. It counts once verified, until {@code validUntil}.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() {
    };

    @Id
    private UUID id;

    private UUID beneficiaryId;

    private UUID formId;

    private String answers;

    private String sensitiveAnswers;

    private int householdSize;

    private int dependents;

    private int score;

    @Enumerated(EnumType.STRING)
    private NeedLevel needLevel;

    private String explanation;

    @Enumerated(EnumType.STRING)
    private AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    private AssessedVia via;

    private String assessedBy;

    private Instant assessedAt;

    private String verifiedBy;

    private Instant verifiedAt;

    private String rejectionNote;

    private LocalDate validUntil;

    private Instant reminderSentAt;

    @Version
    private long version;

    protected Assessment() {
    }

    private Assessment(UUID beneficiaryId, AssessmentForm form, Map<String, String> checked, Household household,
            AssessedVia via, String actor, Instant now) {
        AssessmentDefinition definition = form.definition();
        this.id = UUID.randomUUID();
        this.beneficiaryId = beneficiaryId;
        this.formId = form.getId();
        this.answers = JSON.writeValueAsString(part(definition, checked, false));
        this.sensitiveAnswers = JSON.writeValueAsString(part(definition, checked, true));
        this.householdSize = household.size();
        this.dependents = household.dependents();
        Score scored = definition.score(checked, household);
        this.score = scored.total();
        this.needLevel = scored.needLevel();
        this.explanation = JSON.writeValueAsString(scored.factors());
        this.via = via;
        this.assessedBy = actor;
        this.assessedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.status = via == AssessedVia.PORTAL ? AssessmentStatus.SUBMITTED : AssessmentStatus.VERIFIED;
        if (status == AssessmentStatus.VERIFIED) {
            verified(actor, now, definition.validityMonths());
        }
    }

    /** An officer's assessment, which counts at once, or the beneficiary's from the portal, which waits. */
    static Assessment of(UUID beneficiaryId, AssessmentForm form, Map<String, String> checked, Household household,
            AssessedVia via, String actor, Instant now) {
        return new Assessment(beneficiaryId, form, checked, household, via, actor, now);
    }

    /** An officer confirms what the beneficiary filled in; from then it counts, for the form's validity. */
    void verify(String officer, Instant now, int validityMonths) {
        requireSubmitted();
        verified(officer, now, validityMonths);
    }

    void reject(String officer, Instant now, String note) {
        requireSubmitted();
        status = AssessmentStatus.REJECTED;
        verifiedBy = officer;
        verifiedAt = now.truncatedTo(ChronoUnit.MICROS);
        rejectionNote = note;
    }

    private void requireSubmitted() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new AssessmentStateException(status);
        }
    }

    private void verified(String officer, Instant now, int validityMonths) {
        status = AssessmentStatus.VERIFIED;
        verifiedBy = officer;
        verifiedAt = now.truncatedTo(ChronoUnit.MICROS);
        validUntil = LocalDate.ofInstant(now, Dates.RIYADH).plusMonths(validityMonths);
    }

    private static Map<String, String> part(AssessmentDefinition definition, Map<String, String> checked,
            boolean sensitive) {
        return checked.entrySet().stream()
                .filter(answer -> definition.question(answer.getKey()).sensitive() == sensitive)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Keeps the numbers and choices the statistics count, and drops the free texts, dates and sensitive answers,
     * which could name the person or are theirs alone: the assessment's part of an erasure.
     */
    void forget(AssessmentDefinition definition) {
        Map<String, String> kept = answers().entrySet().stream()
                .filter(answer -> keptOnErasure(definition.question(answer.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        answers = JSON.writeValueAsString(kept);
        sensitiveAnswers = JSON.writeValueAsString(Map.of());
        rejectionNote = rejectionNote == null ? null : PersonalIdentifiers.ERASED;
    }

    private static boolean keptOnErasure(AssessmentDefinition.Question question) {
        return question != null && question.type() != QuestionType.TEXT && question.type() != QuestionType.DATE;
    }

    /** Its lapsing was announced; it is not reminded again. */
    void reminded(Instant now) {
        reminderSentAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** The member of staff who made it count: who assessed it, or for one from the portal, who verified it. */
    String officer() {
        return via == AssessedVia.PORTAL ? verifiedBy : assessedBy;
    }

    /** Whether it counts on this day: verified and not yet lapsed. */
    public boolean isValidOn(LocalDate day) {
        return status == AssessmentStatus.VERIFIED && validUntil != null && !day.isAfter(validUntil);
    }

    /** The answers anyone who may see the assessment may read. */
    public Map<String, String> answers() {
        return JSON.readValue(answers, ANSWERS);
    }

    /** The health and disability answers, for the roles that need them only. */
    public Map<String, String> sensitiveAnswers() {
        return JSON.readValue(sensitiveAnswers, ANSWERS);
    }

    /** Which rules gave how many points. */
    public List<Factor> explanation() {
        return JSON.readValue(explanation, FACTORS);
    }

    public UUID getId() {
        return id;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public UUID getFormId() {
        return formId;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public int getDependents() {
        return dependents;
    }

    public int getScore() {
        return score;
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public AssessedVia getVia() {
        return via;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getRejectionNote() {
        return rejectionNote;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public long getVersion() {
        return version;
    }
}
