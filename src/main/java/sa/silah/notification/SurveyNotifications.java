package sa.silah.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.activity.ActivityCatalog;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.satisfaction.InvitationPurpose;
import sa.silah.satisfaction.SatisfactionEvents.FollowUpClosed;
import sa.silah.satisfaction.SatisfactionEvents.FollowUpOpened;
import sa.silah.satisfaction.SatisfactionEvents.InvitationIssued;

/**
 * Turns the satisfaction module's events into messages: the invitation to rate and its reminder to the
 * beneficiary (for an activity attended, one message naming the activity serves both), a low rating to the
 * department's managers, and the follow-up's outcome to the beneficiary when
 * the manager chose to tell them.
 */
@Component
class SurveyNotifications {

    private static final String STAFF_LANGUAGE = "ar";

    private final RequestNotifications requests;
    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final ActivityCatalog activities;

    SurveyNotifications(RequestNotifications requests, Casework casework, BeneficiaryRegistry registry,
            ActivityCatalog activities) {
        this.requests = requests;
        this.casework = casework;
        this.registry = registry;
        this.activities = activities;
    }

    @ApplicationModuleListener
    void on(InvitationIssued event) {
        TemplateKey key = event.purpose() == InvitationPurpose.ACTIVITY ? TemplateKey.ACTIVITY_SURVEY
                : event.reminder() ? TemplateKey.SURVEY_REMINDER
                : event.purpose() == InvitationPurpose.CONTACT ? TemplateKey.CONTACT_RATING : TemplateKey.SURVEY_INVITATION;
        String eventKey = (event.reminder() ? "survey-reminder:" : "survey:") + event.invitationId();
        Optional<Request> request = Optional.ofNullable(event.requestId()).flatMap(casework::findById);
        Map<String, String> values = new HashMap<>(request.map(r -> requests.values(r, event.language(), null))
                .orElseGet(HashMap::new));
        values.put("surveyLink", requests.publicUrl() + "/s/" + event.token());
        values.put("expiryDate", MessageValues.date(event.expiresAt(), event.language()));
        if (event.activityId() != null) {
            values.put("activityTitle", activities.get(event.activityId()).title(event.language()));
        }
        if (event.beneficiaryId() != null) {
            registry.find(event.beneficiaryId()).ifPresent(
                    beneficiary -> requests.toBeneficiary(beneficiary, request.orElse(null), eventKey, key, values));
        } else {
            request.ifPresent(r -> requests.toSubmitter(r, eventKey, key, values));
        }
    }

    @ApplicationModuleListener
    void on(FollowUpOpened event) {
        Optional<Request> request = Optional.ofNullable(event.requestId()).flatMap(casework::findById);
        Map<String, String> values = new HashMap<>(request.map(r -> requests.values(r, STAFF_LANGUAGE, null))
                .orElseGet(HashMap::new));
        values.put("referenceNumber", event.requestRef() == null ? "" : event.requestRef());
        values.put("dueDate", MessageValues.date(event.dueAt(), STAFF_LANGUAGE));
        values.put("dueDateHijri", MessageValues.hijriDate(event.dueAt(), STAFF_LANGUAGE));
        values.put("followUpLink", requests.publicUrl() + "/follow-ups/" + event.followUpId());
        requests.toStaff(request.orElse(null), requests.managersOf(event.departmentId()),
                "follow-up:" + event.followUpId(), TemplateKey.FOLLOW_UP_OPENED, values);
    }

    @ApplicationModuleListener
    void on(FollowUpClosed event) {
        if (!event.tellBeneficiary() || event.beneficiaryId() == null) {
            return;
        }
        Optional<Request> request = Optional.ofNullable(event.requestId()).flatMap(casework::findById);
        registry.find(event.beneficiaryId()).ifPresent(beneficiary -> {
            Map<String, String> values = new HashMap<>(request
                    .map(r -> requests.values(r, beneficiary.getLanguage(), null)).orElseGet(HashMap::new));
            values.put("outcome", event.outcome());
            requests.toBeneficiary(beneficiary, request.orElse(null), "follow-up-outcome:" + event.followUpId(),
                    TemplateKey.FOLLOW_UP_OUTCOME, values);
        });
    }
}
