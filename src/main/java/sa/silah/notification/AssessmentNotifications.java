package sa.silah.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.assessment.AssessmentLapsing;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.shared.Dates;

/**
 * Before a needs assessment lapses: the officer who made it count reads it in Silah, and the beneficiary is asked on
 * their channel to renew it in the portal (a message serving {@code NOTIFICATIONS}, so not sent to one who withdrew).
 * The assessment's id keys both messages, so a second delivery of the event sends nothing.
 */
@Component
class AssessmentNotifications {

    private static final String STAFF_LANGUAGE = "ar";

    private final RequestNotifications requests;
    private final BeneficiaryRegistry registry;

    AssessmentNotifications(RequestNotifications requests, BeneficiaryRegistry registry) {
        this.requests = requests;
        this.registry = registry;
    }

    @ApplicationModuleListener
    void on(AssessmentLapsing event) {
        registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
            String eventKey = "assessment-lapsing:" + event.assessmentId();
            if (event.assessedBy() != null) {
                Map<String, String> values = values(event, STAFF_LANGUAGE);
                values.put("beneficiaryName", beneficiary.getFullName());
                values.put("assessmentLink", requests.publicUrl() + "/beneficiaries/" + beneficiary.getId());
                requests.toStaff(null, Set.of(event.assessedBy()), eventKey, TemplateKey.ASSESSMENT_LAPSING, values);
            }
            toBeneficiary(beneficiary, eventKey, event);
        });
    }

    private void toBeneficiary(Beneficiary beneficiary, String eventKey, AssessmentLapsing event) {
        Map<String, String> values = values(event, beneficiary.getLanguage());
        values.put("portalLink", requests.publicUrl() + "/portal/me/assessment");
        requests.toBeneficiary(beneficiary, null, eventKey, TemplateKey.ASSESSMENT_DUE, values);
    }

    private static Map<String, String> values(AssessmentLapsing event, String language) {
        Instant validUntil = event.validUntil().atStartOfDay(Dates.RIYADH).toInstant();
        Map<String, String> values = new HashMap<>();
        values.put("validUntil", MessageValues.date(validUntil, language));
        values.put("validUntilHijri", MessageValues.hijriDate(validUntil, language));
        return values;
    }
}
