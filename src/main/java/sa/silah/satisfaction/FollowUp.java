package sa.silah.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * Service recovery after a low rating: the department's managers (not the officer who served) call the
 * beneficiary within 2 business days and record what was done, and may tell the beneficiary.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    static final int MAX_OUTCOME = 4000;

    /** What in the response asked for the follow-up. */
    public enum Reason {
        LOW_RATING, NOT_RESOLVED
    }

    @Id
    private UUID id;

    private UUID responseId;

    private UUID requestId;

    private String requestRef;

    private UUID beneficiaryId;

    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private Reason reason;

    private Instant openedAt;

    private Instant dueAt;

    private Instant closedAt;

    private String closedBy;

    private String outcome;

    private boolean beneficiaryTold;

    @Version
    private long version;

    protected FollowUp() {
    }

    static FollowUp open(SurveyResponse response, Reason reason, Instant now, Instant dueAt) {
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.responseId = response.getId();
        followUp.requestId = response.getRequestId();
        followUp.requestRef = response.getRequestRef();
        followUp.beneficiaryId = response.getBeneficiaryId();
        followUp.departmentId = response.getBreakdown().getDepartmentId();
        followUp.reason = reason;
        followUp.openedAt = now;
        followUp.dueAt = dueAt;
        return followUp;
    }

    /** Records what was done; closing twice is refused, and an empty or overlong outcome is a field problem. */
    void close(String outcome, boolean tellBeneficiary, String actor, Instant now) {
        if (closedAt != null) {
            throw new IllegalStateException("follow-up " + id + " is already closed");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("outcome", "followUp.outcome.required")));
        }
        if (outcome.strip().length() > MAX_OUTCOME) {
            throw new InvalidFieldsException(List.of(new FieldProblem("outcome", "validation.tooLong")));
        }
        this.outcome = outcome.strip();
        this.beneficiaryTold = tellBeneficiary && beneficiaryId != null;
        this.closedBy = actor;
        this.closedAt = now;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public boolean isOverdue(Instant now) {
        return closedAt == null && now.isAfter(dueAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getResponseId() {
        return responseId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getRequestRef() {
        return requestRef;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isBeneficiaryTold() {
        return beneficiaryTold;
    }
}
