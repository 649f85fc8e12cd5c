package sa.silah.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;

/**
 * The reminder of documents a request still awaits, to the beneficiary on their channel (a message serving
 * {@code NOTIFICATIONS}, so not to one who withdrew), asked for by outreach's standing rule in the transaction that
 * marks the waiting period reminded. Nothing is sent for a request no longer waiting since that instant. The request and
 * the instant it began to wait key the message, so a period is reminded once and a later wait anew.
 */
@Component
public class DocumentsReminders {

    private final RequestNotifications requests;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final MessageSource messages;

    DocumentsReminders(RequestNotifications requests, Casework casework, BeneficiaryRegistry registry,
            MessageSource messages) {
        this.requests = requests;
        this.casework = casework;
        this.registry = registry;
        this.messages = messages;
    }

    /**
     * Reminds the beneficiary of what the request awaits from them since {@code awaitingSince}.
     *
     * @param missingDocuments what the officer said was awaited when asking; null or blank when they said nothing
     */
    public void remind(UUID requestId, UUID beneficiaryId, Instant awaitingSince, String missingDocuments) {
        casework.findById(requestId).filter(request -> stillWaiting(request, awaitingSince))
                .ifPresent(request -> registry.find(beneficiaryId).ifPresent(beneficiary -> {
                    String language = beneficiary.getLanguage();
                    Map<String, String> values = requests.values(request, language, null);
                    values.put("missingDocuments", missing(missingDocuments, language));
                    values.put("portalLink", requests.publicUrl() + "/portal/requests/" + request.getReferenceNumber());
                    requests.toBeneficiary(beneficiary, request, "documents-reminder:" + request.getId() + ":"
                            + awaitingSince.toEpochMilli(), TemplateKey.DOCUMENTS_REMINDER, values);
                }));
    }

    private static boolean stillWaiting(Request request, Instant awaitingSince) {
        return request.isAwaitingBeneficiary() && Objects.equals(request.getPausedSince(), awaitingSince);
    }

    /** What the officer asked for, or, when they wrote nothing, "the documents asked of you" in the reader's language. */
    private String missing(String asked, String language) {
        return asked == null || asked.isBlank()
                ? messages.getMessage("outreach.documents.unspecified", null, MessageValues.locale(language))
                : asked.strip();
    }
}
