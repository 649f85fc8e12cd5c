package sa.silah.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.Dates;

/**
 * One version of a policy's text. Only a draft's text changes; a version goes to the board, is approved at the
 * quorum, published with its next review date, and superseded when a newer version is published.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long policyId;

    private int number;

    private String textAr;

    private String textEn;

    private String changeSummary;

    @Enumerated(EnumType.STRING)
    private PolicyStatus status;

    private Instant createdAt;

    private String createdBy;

    private Instant submittedAt;

    private Instant approvedAt;

    private Instant publishedAt;

    private Instant supersededAt;

    private LocalDate nextReviewDate;

    @Version
    private long version;

    protected PolicyVersion() {
    }

    PolicyVersion(Policy policy, int number, PolicyText text, String actor, Instant now) {
        this.policyId = policy.getId();
        this.number = number;
        this.status = PolicyStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        write(text);
    }

    /** @throws PolicyTransitionException unless the version is a draft */
    void write(PolicyText text) {
        if (status != PolicyStatus.DRAFT) {
            throw new PolicyTransitionException(status, PolicyStatus.DRAFT);
        }
        textAr = text.textAr().strip();
        textEn = text.textEn() == null || text.textEn().isBlank() ? null : text.textEn().strip();
        changeSummary = text.changeSummary() == null || text.changeSummary().isBlank() ? null
                : text.changeSummary().strip();
    }

    void submit(Instant now) {
        become(PolicyStatus.IN_REVIEW);
        submittedAt = now;
    }

    void approve(Instant now) {
        become(PolicyStatus.APPROVED);
        approvedAt = now;
    }

    /** Published now, to be reviewed after the policy's interval. */
    void publish(Instant now, int reviewIntervalMonths) {
        become(PolicyStatus.PUBLISHED);
        publishedAt = now;
        nextReviewDate = now.atZone(Dates.RIYADH).toLocalDate().plusMonths(reviewIntervalMonths);
    }

    void supersede(Instant now) {
        become(PolicyStatus.SUPERSEDED);
        supersededAt = now;
        nextReviewDate = null;
    }

    private void become(PolicyStatus next) {
        if (!status.canBecome(next)) {
            throw new PolicyTransitionException(status, next);
        }
        status = next;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textAr;
    }

    public Long getId() {
        return id;
    }

    public Long getPolicyId() {
        return policyId;
    }

    public int getNumber() {
        return number;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public PolicyStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }
}
