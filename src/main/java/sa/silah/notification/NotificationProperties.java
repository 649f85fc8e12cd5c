package sa.silah.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where messages go ({@code silah.notifications.*}). A channel without its settings keeps its messages in
 * the development outbox. Tokens come from the environment, never from a file in the repository.
 *
 * @param sendImmediately send right after the messages are stored, not only on the next dispatch round
 * @param dispatchInterval how often every node looks for messages that are due (retries, the morning's texts)
 * @param emailFrom the sender address of email
 * @param sms the SMS gateway
 * @param whatsapp the WhatsApp Business Cloud API
 */
@ConfigurationProperties("silah.notifications")
public record NotificationProperties(@DefaultValue("true") boolean sendImmediately,
        @DefaultValue("PT30S") Duration dispatchInterval, @DefaultValue("no-reply@localhost") String emailFrom,
        @DefaultValue Sms sms, @DefaultValue WhatsApp whatsapp) {

    /**
     * @param provider {@code unifonic} or {@code taqnyat}; empty for the development outbox
     * @param baseUrl the gateway's address, the provider's public one by default
     * @param token Unifonic's AppSid or Taqnyat's bearer token
     * @param sender the approved sender name
     */
    public record Sms(String provider, String baseUrl, String token, String sender) {

        boolean configured() {
            return provider != null && !provider.isBlank();
        }
    }

    /**
     * @param baseUrl the Graph API address with its version
     * @param phoneNumberId the sending number's id in Meta's Business Manager
     * @param accessToken the system user's token
     */
    public record WhatsApp(@DefaultValue("https://graph.facebook.com/v21.0") String baseUrl, String phoneNumberId,
            String accessToken) {

        boolean configured() {
            return phoneNumberId != null && !phoneNumberId.isBlank();
        }
    }
}
