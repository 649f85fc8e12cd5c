package sa.silah.privacy;

import java.time.Instant;
import java.util.UUID;

/** What happens to data-subject requests, published inside the transaction that made it happen. */
public final class DataSubjectRequestEvents {

    private DataSubjectRequestEvents() {
    }

    /** The due date moved on by the one extension: the PDPL asks that the beneficiary be told, with the reason. */
    public record DataSubjectRequestExtended(UUID requestId, String reference, UUID beneficiaryId,
            DataSubjectRight right, Instant dueAt, String reason, Instant at) {
    }

    /** The request was answered: the beneficiary is told where to read the answer or find their copy. */
    public record DataSubjectRequestCompleted(UUID requestId, String reference, UUID beneficiaryId,
            DataSubjectRight right, Instant at) {
    }

    /** The request was refused: the beneficiary is told why. */
    public record DataSubjectRequestRefused(UUID requestId, String reference, UUID beneficiaryId,
            DataSubjectRight right, RefusalReason reason, String note, Instant at) {
    }
}
