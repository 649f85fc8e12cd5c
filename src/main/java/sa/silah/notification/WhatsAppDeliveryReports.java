package sa.silah.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.inbound.WhatsAppStatusReceived;

/**
 * Meta's status callbacks, received by the inbound webhook, applied to the message they are about: delivered and
 * read times, or the failure with Meta's reason. Statuses Silah does not track (Meta adds new ones) are skipped.
 */
@Component
class WhatsAppDeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppDeliveryReports.class);

    private final Notifier notifier;

    WhatsAppDeliveryReports(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(WhatsAppStatusReceived status) {
        DeliveryReport.Status reported;
        try {
            reported = DeliveryReport.Status.ofWhatsApp(status.status());
        }
        catch (IllegalArgumentException untracked) {
            log.debug("Skipped a WhatsApp status Silah does not track: {}", status.status().toLowerCase(Locale.ROOT));
            return;
        }
        notifier.apply(new DeliveryReport(status.messageId(), reported, status.at(), status.error()));
    }
}
