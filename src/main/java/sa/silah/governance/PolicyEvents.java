package sa.silah.governance;

import java.time.Instant;

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
}
