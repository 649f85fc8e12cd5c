package sa.silah.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A beneficiary's latest verified assessment lapses soon: the officer and the beneficiary are told once, so that it
 * is renewed in time. {@code assessedBy} is the member of staff who made it count — who assessed, or for one filled
 * in the portal, who verified it.
 */
public record AssessmentLapsing(UUID beneficiaryId, UUID assessmentId, LocalDate validUntil, String assessedBy,
        Instant at) {
}
