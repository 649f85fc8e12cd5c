package sa.silah.inbound;

import java.time.Instant;

/**
 * WhatsApp reported what became of a message the association sent: {@code status} is Meta's word for it
 * ({@code sent}, {@code delivered}, {@code read}, {@code failed}), {@code messageId} the wamid the send was answered
 * with, and {@code error} Meta's code and title when it failed. Published once per status entry of a webhook delivery,
 * in a transaction, so that the module that sent the message can listen after commit.
 */
public record WhatsAppStatusReceived(String messageId, String status, Instant at, String error) {
}
