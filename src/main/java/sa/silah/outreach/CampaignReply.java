package sa.silah.outreach;

import java.time.Instant;
import java.util.UUID;

/** A message back from a recipient, on their timeline as the contact {@code interactionId}. */
public record CampaignReply(UUID beneficiaryId, String beneficiaryName, long interactionId, String text,
        Instant receivedAt) {
}
