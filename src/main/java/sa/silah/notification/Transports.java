package sa.silah.notification;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The transport of each channel, chosen once at start from the configuration. A channel without settings
 * uses the development outbox, and the log says so plainly, so that nobody believes messages leave.
 */
@Component
class Transports {

    private static final Logger log = LoggerFactory.getLogger(Transports.class);

    private final Map<NotificationChannel, Transport> byChannel = new EnumMap<>(NotificationChannel.class);

    Transports(NotificationProperties properties, ObjectProvider<JavaMailSender> mail) {
        byChannel.put(NotificationChannel.SMS, sms(properties.sms()));
        byChannel.put(NotificationChannel.WHATSAPP, whatsapp(properties.whatsapp()));
        JavaMailSender sender = mail.getIfAvailable();
        byChannel.put(NotificationChannel.EMAIL, sender == null ? new DevelopmentOutbox()
                : new SmtpEmail(sender, properties.emailFrom()));
        byChannel.forEach((channel, transport) -> {
            if (transport instanceof DevelopmentOutbox) {
                log.warn("Notifications: {} has no gateway configured; its messages are NOT sent but kept in the "
                        + "development outbox (Administration > Notifications)", channel);
            }
            else {
                log.info("Notifications: {} goes through {}", channel, transport.name());
            }
        });
    }

    Transport of(NotificationChannel channel) {
        return byChannel.get(channel);
    }

    private static Transport sms(NotificationProperties.Sms sms) {
        if (!sms.configured()) {
            return new DevelopmentOutbox();
        }
        return switch (sms.provider().strip().toLowerCase(Locale.ROOT)) {
            case "unifonic" -> new UnifonicSms(orDefault(sms.baseUrl(), UnifonicSms.DEFAULT_BASE_URL), sms.token(),
                    sms.sender());
            case "taqnyat" -> new TaqnyatSms(orDefault(sms.baseUrl(), TaqnyatSms.DEFAULT_BASE_URL), sms.token(),
                    sms.sender());
            default -> throw new IllegalStateException(
                    "silah.notifications.sms.provider must be unifonic or taqnyat, not " + sms.provider());
        };
    }

    private static Transport whatsapp(NotificationProperties.WhatsApp whatsapp) {
        return whatsapp.configured()
                ? new WhatsAppCloud(whatsapp.baseUrl(), whatsapp.phoneNumberId(), whatsapp.accessToken())
                : new DevelopmentOutbox();
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
