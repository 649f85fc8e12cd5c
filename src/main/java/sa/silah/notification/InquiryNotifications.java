package sa.silah.notification;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.knowledge.KnowledgeEvents.InquiryAnswered;

/**
 * Sends an officer's answer to an inquiry: to the beneficiary on their channel in their language, or to a sender
 * from the public site without a record on the mobile or email they gave. The answer's use names the message, so
 * a second delivery of the event sends nothing more.
 */
@Component
class InquiryNotifications {

    private static final String SUBMITTER_LANGUAGE = "ar";

    private final RequestNotifications requests;
    private final Casework casework;
    private final BeneficiaryRegistry registry;

    InquiryNotifications(RequestNotifications requests, Casework casework, BeneficiaryRegistry registry) {
        this.requests = requests;
        this.casework = casework;
        this.registry = registry;
    }

    @ApplicationModuleListener
    void on(InquiryAnswered event) {
        String eventKey = "inquiry-answer:" + event.useId();
        casework.findById(event.requestId()).ifPresent(request -> {
            if (event.beneficiaryId() == null) {
                Map<String, String> values = requests.values(request, SUBMITTER_LANGUAGE, null);
                values.put("answer", event.text());
                requests.toSubmitter(request, eventKey, TemplateKey.INQUIRY_ANSWER, values);
                return;
            }
            registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
                Map<String, String> values = requests.values(request, beneficiary.getLanguage(), null);
                values.put("answer", event.text());
                requests.toBeneficiary(beneficiary, request, eventKey, TemplateKey.INQUIRY_ANSWER, values);
            });
        });
    }
}
