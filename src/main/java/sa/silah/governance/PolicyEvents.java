package sa.silah.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happens to policies, published inside the transaction that made it happen. */
public final class PolicyEvents {

    private PolicyEvents() {
    }

    /** A version went to the board: its members are asked to decide. */
    public record PolicySubmitted(long policyId, long versionId, String titleAr, Instant at) {
    }

    /** A version was published: every staff member is asked to read and acknowledge it. */
    public record PolicyPublished(long policyId, long versionId, String titleAr, Instant at) {
    }

    /** Staff members who have not acknowledged a version published a while ago are reminded, each once. */
    public record AcknowledgementReminderDue(long policyId, long versionId, String code, String titleAr,
            List<String> usernames, Instant at) {
    }

    /** A published version's review date is near: its owner is reminded, once for the version. */
    public record ReviewDue(long policyId, long versionId, String code, String titleAr, String owner,
            LocalDate nextReviewDate, Instant at) {
    }
}
