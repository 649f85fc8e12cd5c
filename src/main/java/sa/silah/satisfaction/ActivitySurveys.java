package sa.silah.satisfaction;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import sa.silah.activity.ActivityEvents.AttendanceRecorded;

/**
 * Invites an attendee of an activity to rate it once their attendance is recorded, after that transaction commits;
 * the event publication registry delivers the event again until this succeeds, and the invitation is kept to one per
 * registration.
 */
@Component
class ActivitySurveys {

    private final Satisfaction satisfaction;

    ActivitySurveys(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded event) {
        satisfaction.inviteAfterActivity(event.registrationId(), event.activityId(), event.beneficiaryId());
    }
}
