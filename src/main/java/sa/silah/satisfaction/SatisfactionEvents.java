package sa.silah.satisfaction;

import java.time.Instant;
import java.util.UUID;

/** What happens in the satisfaction module, published inside the transaction that made it happen. */
public final class SatisfactionEvents {

    private SatisfactionEvents() {
    }

    /**
     * An invitation to answer was issued, or its one reminder came due. {@code beneficiaryId} is empty for a
     * request sent from the public site without a beneficiary record: it is answered where it was sent from.
     * {@code activityId} names the activity an invitation after attending asks about.
     */
    public record InvitationIssued(UUID invitationId, String token, InvitationPurpose purpose, UUID requestId,
            UUID beneficiaryId, String language, Instant expiresAt, boolean reminder, UUID activityId) {
    }

    public record FollowUpOpened(UUID followUpId, UUID requestId, String requestRef, Long departmentId,
            Instant dueAt) {
    }

    /** {@code tellBeneficiary}: the manager chose to send the beneficiary the outcome. */
    public record FollowUpClosed(UUID followUpId, UUID requestId, UUID beneficiaryId, String outcome,
            boolean tellBeneficiary) {
    }
}
