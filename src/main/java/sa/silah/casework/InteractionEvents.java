package sa.silah.casework;

import java.time.Instant;
import java.util.UUID;

/** What happens on a beneficiary's timeline that other modules act on, published inside the transaction. */
public final class InteractionEvents {

    private InteractionEvents() {
    }

    /**
     * A beneficiary's message a platform delivered (a WhatsApp message) went on their timeline for the first time; a
     * redelivered webhook publishes nothing again.
     */
    public record MessageReceived(UUID beneficiaryId, long interactionId, SocialPlatform platform, String text,
            Instant receivedAt) {
    }
}
