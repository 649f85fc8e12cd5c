package sa.silah.notification;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityEvents.ActivityCancelled;
import sa.silah.activity.ActivityEvents.PlaceOffered;
import sa.silah.activity.ActivityEvents.RegistrationTaken;
import sa.silah.activity.ActivityEvents.ReminderDue;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.shared.Dates;

/**
 * Tells beneficiaries about their activities on their channel, in their language, for the purpose
 * {@code NOTIFICATIONS}: registered or on the waiting list, a freed place now theirs, the reminder before it starts,
 * and its cancellation with the reason. Each message is keyed by the registration and the moment it speaks of, so a
 * second delivery of an event sends nothing, while registering again after cancelling is confirmed again.
 */
@Component
class ActivityNotifications {

    /** Registrants told of a cancellation a page at a time, so a large activity is never read whole. */
    private static final int BATCH = 200;

    private final RequestNotifications requests;
    private final BeneficiaryRegistry registry;
    private final ActivityCatalog activities;
    private final ActivityRegistrations registrations;

    ActivityNotifications(RequestNotifications requests, BeneficiaryRegistry registry, ActivityCatalog activities,
            ActivityRegistrations registrations) {
        this.requests = requests;
        this.registry = registry;
        this.activities = activities;
        this.registrations = registrations;
    }

    @ApplicationModuleListener
    void on(RegistrationTaken event) {
        Registration registration = registrations.get(event.registrationId());
        TemplateKey key = event.status() == RegistrationStatus.REGISTERED ? TemplateKey.ACTIVITY_REGISTERED
                : TemplateKey.ACTIVITY_WAITLISTED;
        send(activities.get(event.activityId()), event.beneficiaryId(), "activity-registration:" + event.registrationId()
                + ":" + registration.getRegisteredAt().toEpochMilli(), key, null);
    }

    @ApplicationModuleListener
    void on(PlaceOffered event) {
        Registration registration = registrations.get(event.registrationId());
        if (registration.getPromotedAt() != null) {
            send(activities.get(event.activityId()), event.beneficiaryId(), "activity-place:" + event.registrationId()
                    + ":" + registration.getPromotedAt().toEpochMilli(), TemplateKey.ACTIVITY_PLACE_OFFERED, null);
        }
    }

    @ApplicationModuleListener
    void on(ReminderDue event) {
        send(activities.get(event.activityId()), event.beneficiaryId(), "activity-reminder:" + event.registrationId()
                + ":" + event.at().toEpochMilli(), TemplateKey.ACTIVITY_REMINDER, null);
    }

    /**
     * Every registrant holding a place or waiting for one. A cancelled activity's registrations keep their status, so
     * paging through them while messages are queued sees each exactly once.
     */
    @ApplicationModuleListener
    void on(ActivityCancelled event) {
        Activity activity = activities.get(event.activityId());
        Page<Registration> page = registrations.activeOf(activity.getId(), PageRequest.of(0, BATCH));
        while (true) {
            for (Registration registration : page) {
                send(activity, registration.getBeneficiaryId(), "activity-cancelled:" + registration.getId(),
                        TemplateKey.ACTIVITY_CANCELLED, event.reason());
            }
            if (!page.hasNext()) {
                return;
            }
            page = registrations.activeOf(activity.getId(), page.nextPageable());
        }
    }

    private void send(Activity activity, UUID beneficiaryId, String eventKey, TemplateKey key, String reason) {
        registry.find(beneficiaryId).ifPresent(beneficiary -> requests.toBeneficiary(beneficiary, null, eventKey, key,
                values(activity, beneficiary.getLanguage(), reason)));
    }

    private Map<String, String> values(Activity activity, String language, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put("activityTitle", activity.title(language));
        values.put("activityDate", MessageValues.date(activity.getStartsAt(), language));
        values.put("activityDateHijri", MessageValues.hijriDate(activity.getStartsAt(), language));
        values.put("activityTime", DateTimeFormatter.ofPattern("HH:mm", MessageValues.locale(language))
                .format(activity.getStartsAt().atZone(Dates.RIYADH)));
        values.put("activityWhere", where(activity));
        values.put("reason", reason == null ? "" : reason);
        values.put("portalLink", requests.publicUrl() + "/portal/activities");
        return values;
    }

    /** The place, the online link, or both when the activity is held in a place and streamed. */
    private static String where(Activity activity) {
        if (activity.getPlace() != null && activity.getOnlineLink() != null) {
            return activity.getPlace() + " — " + activity.getOnlineLink();
        }
        return activity.getPlace() != null ? activity.getPlace() : activity.getOnlineLink();
    }
}
