package sa.silah.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to requests, published inside the transaction that made it happen. Notifications, surveys
 * and reports listen to these.
 */
public final class RequestEvents {

    private RequestEvents() {
    }

    public record RequestSubmitted(UUID requestId, String referenceNumber, RequestKind kind, UUID beneficiaryId,
            Long departmentId, Instant dueAt, Instant submittedAt) {
    }

    /** {@code submittedAt} tells reports which day's figures changed. */
    public record RequestStatusChanged(UUID requestId, String referenceNumber, RequestStatus from, RequestStatus to,
            String reason, String actor, Instant at, Instant submittedAt) {
    }

    /** {@code atIntake}: promised while the request was taken in, so the receipt already tells the time. */
    public record RequestDueTimeChanged(UUID requestId, String referenceNumber, Instant previousDueAt, Instant dueAt,
            String reason, boolean atIntake) {
    }

    public record RequestAssigned(UUID requestId, String referenceNumber, String assignee, String actor, Instant at) {
    }

    /** The beneficiary wrote to the officer from the portal. */
    public record BeneficiaryReplied(UUID requestId, String referenceNumber, Long departmentId, Instant at) {
    }

    public record RequestAtRisk(UUID requestId, String referenceNumber, Long departmentId, Instant dueAt) {
    }

    public record RequestBreached(UUID requestId, String referenceNumber, Long departmentId, Instant dueAt) {
    }
}
