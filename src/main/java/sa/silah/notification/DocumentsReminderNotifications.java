package sa.silah.notification;

import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.outreach.DocumentsReminderDue;

/**
 * The standing rule's reminder of documents a request still awaits, to the beneficiary on their channel (a message
 * serving {@code NOTIFICATIONS}, so not to one who withdrew). Not sent when the request stopped waiting before the
 * event was delivered. The request and the instant it began to wait key the message, so a redelivered event sends
 * nothing twice and a later wait is reminded anew.
 */
@Component
class DocumentsReminderNotifications {

    private final RequestNotifications requests;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final MessageSource messages;

    DocumentsReminderNotifications(RequestNotifications requests, Casework casework, BeneficiaryRegistry registry,
            MessageSource messages) {
        this.requests = requests;
        this.casework = casework;
        this.registry = registry;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DocumentsReminderDue event) {
        casework.findById(event.requestId()).filter(request -> stillWaiting(request, event))
                .ifPresent(request -> registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
                    String language = beneficiary.getLanguage();
                    Map<String, String> values = requests.values(request, language, null);
                    values.put("missingDocuments", missing(event, language));
                    values.put("portalLink", requests.publicUrl() + "/portal/requests/" + request.getReferenceNumber());
                    requests.toBeneficiary(beneficiary, request, "documents-reminder:" + request.getId() + ":"
                            + event.awaitingSince().toEpochMilli(), TemplateKey.DOCUMENTS_REMINDER, values);
                }));
    }

    private static boolean stillWaiting(Request request, DocumentsReminderDue event) {
        return request.isAwaitingBeneficiary() && Objects.equals(request.getPausedSince(), event.awaitingSince());
    }

    /** What the officer asked for, or, when they wrote nothing, "the documents asked of you" in the reader's language. */
    private String missing(DocumentsReminderDue event, String language) {
        String asked = event.missingDocuments();
        return asked == null || asked.isBlank()
                ? messages.getMessage("outreach.documents.unspecified", null, MessageValues.locale(language))
                : asked.strip();
    }
}
