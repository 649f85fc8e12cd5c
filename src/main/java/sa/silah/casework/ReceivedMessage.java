package sa.silah.casework;

import java.time.Instant;

/**
 * A message a platform delivered to the association on its own (a WhatsApp webhook), with the platform's id for it,
 * the sender's handle there (for WhatsApp the number) and the time the platform says it was sent.
 */
public record ReceivedMessage(SocialPlatform platform, String externalId, String handle, String text,
        Instant receivedAt) {
}
