package sa.silah.activity.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityKind;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.RegistrationStatus;

/** An activity in a list: what staff's list page shows. */
record ActivitySummary(UUID id, ActivityKind kind, ActivityStatus status, String titleAr, String titleEn,
        Instant startsAt, Instant endsAt, int capacity, long taken, long waiting) {

    static ActivitySummary of(Activity activity, Map<RegistrationStatus, Long> places) {
        Map<RegistrationStatus, Long> counted = places == null ? Map.of() : places;
        return new ActivitySummary(activity.getId(), activity.getKind(), activity.getStatus(), activity.getTitleAr(),
                activity.getTitleEn(), activity.getStartsAt(), activity.getEndsAt(), activity.getCapacity(),
                counted.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                counted.getOrDefault(RegistrationStatus.WAITLISTED, 0L));
    }
}
