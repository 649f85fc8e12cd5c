package sa.silah.activity;

import java.time.Instant;
import java.util.UUID;

/** What happens to activities and registrations that other modules act on after the commit. */
public final class ActivityEvents {

    private ActivityEvents() {
    }

    /** An activity was published: those it is for may be invited once its registration opens. */
    public record ActivityPublished(UUID activityId, Instant registrationOpensAt, String actor) {
    }

    /** A beneficiary registered, with a place or on the waiting list. */
    public record RegistrationTaken(UUID registrationId, UUID activityId, UUID beneficiaryId,
            RegistrationStatus status, RegistrationVia via) {
    }

    /** A place freed by a cancellation went to the first on the waiting list. */
    public record PlaceOffered(UUID registrationId, UUID activityId, UUID beneficiaryId) {
    }

    /** The activity was called off; its registrants are told why. */
    public record ActivityCancelled(UUID activityId, String reason) {
    }

    /** A registrant was recorded as having attended: they are asked to rate the activity. */
    public record AttendanceRecorded(UUID registrationId, UUID activityId, UUID beneficiaryId, Instant at) {
    }

    /** The activity of a registrant holding a place starts soon: they are reminded, once. */
    public record ReminderDue(UUID registrationId, UUID activityId, UUID beneficiaryId, Instant at) {
    }
}
