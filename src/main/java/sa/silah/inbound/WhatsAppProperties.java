package sa.silah.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The WhatsApp Cloud API webhook's secrets, from the environment: the token Meta echoes when the webhook is
 * subscribed ({@code SILAH_WHATSAPP_VERIFY_TOKEN}) and the app secret that signs every delivery
 * ({@code SILAH_WHATSAPP_APP_SECRET}). Either left empty keeps that half of the webhook closed.
 */
@ConfigurationProperties("silah.whatsapp")
public record WhatsAppProperties(String verifyToken, String appSecret) {

    public boolean verifiable() {
        return verifyToken != null && !verifyToken.isBlank();
    }

    public boolean signed() {
        return appSecret != null && !appSecret.isBlank();
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[verifyToken=" + (verifiable() ? "set" : "unset") + ", appSecret="
                + (signed() ? "set" : "unset") + "]";
    }
}
