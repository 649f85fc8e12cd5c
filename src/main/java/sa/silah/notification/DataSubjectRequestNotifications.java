package sa.silah.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestCompleted;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestExtended;
import sa.silah.privacy.DataSubjectRequestEvents.DataSubjectRequestRefused;
import sa.silah.privacy.DataSubjectRequests;
import sa.silah.privacy.DataSubjectRight;

/**
 * Tells the beneficiary what became of their data-subject request: the extension of its due date with the reason
 * (the PDPL asks for this notice, so its time is recorded on the request), the answer, a refusal. Each message names
 * the request's reference, so it is part of the beneficiary's copy and a second delivery of the event sends nothing.
 */
@Component
class DataSubjectRequestNotifications {

    private static final Logger log = LoggerFactory.getLogger(DataSubjectRequestNotifications.class);

    private final BeneficiaryRegistry registry;
    private final DataSubjectRequests dataSubjectRequests;
    private final Notifier notifier;
    private final RequestNotifications requests;
    private final MessageSource messages;

    DataSubjectRequestNotifications(BeneficiaryRegistry registry, DataSubjectRequests dataSubjectRequests,
            Notifier notifier, RequestNotifications requests, MessageSource messages) {
        this.registry = registry;
        this.dataSubjectRequests = dataSubjectRequests;
        this.notifier = notifier;
        this.requests = requests;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DataSubjectRequestExtended event) {
        registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
            Map<String, String> values = values(event.reference(), event.right(), beneficiary.getLanguage(),
                    event.reason());
            values.put("dueDate", MessageValues.date(event.dueAt(), beneficiary.getLanguage()));
            values.put("dueDateHijri", MessageValues.hijriDate(event.dueAt(), beneficiary.getLanguage()));
            send(beneficiary, "dsr-extended:" + event.requestId(), event.reference(),
                    TemplateKey.DATA_REQUEST_EXTENDED, values).ifPresent(
                            notice -> dataSubjectRequests.extensionNotified(event.requestId(), notice.getCreatedAt()));
        });
    }

    @ApplicationModuleListener
    void on(DataSubjectRequestCompleted event) {
        registry.find(event.beneficiaryId()).ifPresent(beneficiary -> send(beneficiary,
                "dsr-completed:" + event.requestId(), event.reference(), TemplateKey.DATA_REQUEST_COMPLETED,
                values(event.reference(), event.right(), beneficiary.getLanguage(), null)));
    }

    @ApplicationModuleListener
    void on(DataSubjectRequestRefused event) {
        registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
            String reason = messages.getMessage("refusalReason." + event.reason(), null, event.reason().name(),
                    MessageValues.locale(beneficiary.getLanguage()));
            send(beneficiary, "dsr-refused:" + event.requestId(), event.reference(), TemplateKey.DATA_REQUEST_REFUSED,
                    values(event.reference(), event.right(), beneficiary.getLanguage(),
                            event.note() == null ? reason : reason + " — " + event.note()));
        });
    }

    /**
     * On the beneficiary's channel, the request's reference kept with the message. A destroyed record has no address
     * left, so the answer to a destruction reaches nobody; the officer tells the person how it ended.
     */
    private Optional<Notification> send(Beneficiary beneficiary, String eventKey, String reference,
            TemplateKey key, Map<String, String> values) {
        return ContactChoice.of(beneficiary).flatMap(contact -> notifier.queue(new Notification.Addressee(eventKey,
                null, reference, null, contact.address(), contact.channel(), beneficiary.getLanguage()), key, values))
                .or(() -> {
                    log.info("No message reaches the beneficiary of {} for {}", reference, key);
                    return Optional.empty();
                });
    }

    private Map<String, String> values(String reference, DataSubjectRight right, String language, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put("referenceNumber", reference);
        values.put("rightName", messages.getMessage("dataSubjectRight." + right, null, right.name(),
                MessageValues.locale(language)));
        values.put("reason", reason == null ? "" : reason);
        values.put("portalLink", requests.publicUrl() + "/portal/me/privacy-requests/" + reference);
        return values;
    }
}
