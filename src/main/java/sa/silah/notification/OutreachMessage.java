package sa.silah.notification;

import sa.silah.beneficiary.ContactChannel;

/**
 * A campaign's message to one beneficiary, its text written by the campaign rather than taken from a template row.
 *
 * @param dedupKey what makes it once only: the campaign and the beneficiary
 * @param recipient the mobile (E.164) or the email address
 * @param language {@code ar} or {@code en}
 * @param subject the email's subject; null on the other channels
 * @param body the text; for WhatsApp the approved template's text, kept for the record
 * @param whatsappTemplate the approved WhatsApp template's name, sent without parameters; null on the other channels
 */
public record OutreachMessage(String dedupKey, String recipient, ContactChannel channel, String language,
        String subject, String body, String whatsappTemplate) {
}
