package sa.silah.notification;

import java.time.Instant;
import java.util.Locale;

/**
 * What a provider says later about a message it accepted, such as a WhatsApp status webhook.
 *
 * @param providerMessageId the provider's id of the message ({@code wamid…})
 * @param status what happened
 * @param at when, as the provider says
 * @param error the provider's text when it failed, otherwise null
 */
public record DeliveryReport(String providerMessageId, Status status, Instant at, String error) {

    public enum Status {
        SENT, DELIVERED, READ, FAILED;

        /** WhatsApp Cloud API's lower-case status names. */
        public static Status ofWhatsApp(String value) {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }
}
