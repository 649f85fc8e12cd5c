package sa.silah.inbound;

import java.time.Instant;

import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.ReceivedMessage;
import sa.silah.casework.SocialPlatform;

/**
 * A text message that reached the association's WhatsApp number: Meta's id for it (the wamid), the sender's number as
 * Meta writes it (digits with the country code, {@code 9665XXXXXXXX}), the sender's WhatsApp profile name, the text
 * and when it was sent.
 */
public record WhatsAppMessage(String id, String from, String profileName, String text, Instant sentAt) {

    static final int MAX_ID = 200;
    static final int MAX_SENDER = 20;
    static final int MAX_PROFILE_NAME = 200;
    static final int MAX_TEXT = 4096;

    /** Refuses what the tables could not hold, and shortens a profile name or text longer than WhatsApp allows. */
    public WhatsAppMessage {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("A WhatsApp message id is 1 to " + MAX_ID + " characters");
        }
        if (from == null || !from.matches("[0-9]{1," + MAX_SENDER + "}")) {
            throw new IllegalArgumentException("A WhatsApp sender is 1 to " + MAX_SENDER + " digits");
        }
        if (sentAt == null) {
            throw new IllegalArgumentException("A WhatsApp message has a time");
        }
        profileName = shortened(profileName, MAX_PROFILE_NAME);
        text = shortened(text, MAX_TEXT);
    }

    /** The sender's number as Silah keeps numbers: E.164 for a Saudi mobile, otherwise with a plus. */
    public String senderNumber() {
        return SaudiMobile.tryParse(from).map(SaudiMobile::e164).orElse("+" + from);
    }

    ReceivedMessage toReceivedMessage() {
        return new ReceivedMessage(SocialPlatform.WHATSAPP, id, senderNumber(), text, sentAt);
    }

    private static String shortened(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
