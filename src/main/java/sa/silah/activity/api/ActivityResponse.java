package sa.silah.activity.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityKind;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.RegistrationStatus;
import sa.silah.assessment.NeedLevel;

/** An activity with its places taken and its waiting list's length. */
record ActivityResponse(UUID id, ActivityKind kind, ActivityStatus status, String titleAr, String titleEn,
        String descriptionAr, String descriptionEn, Instant startsAt, Instant endsAt, String place, String onlineLink,
        int capacity, long taken, long waiting, Instant registrationOpensAt, Instant registrationClosesAt,
        Long serviceId, Set<String> segmentCodes, NeedLevel minimumNeedLevel, Integer ageFrom, Integer ageTo,
        List<String> cities, boolean givesCertificate, boolean publicListing, String cancelReason) {

    static ActivityResponse of(Activity activity, Map<RegistrationStatus, Long> places) {
        Map<RegistrationStatus, Long> counted = places == null ? Map.of() : places;
        var criteria = activity.criteria();
        return new ActivityResponse(activity.getId(), activity.getKind(), activity.getStatus(), activity.getTitleAr(),
                activity.getTitleEn(), activity.getDescriptionAr(), activity.getDescriptionEn(),
                activity.getStartsAt(), activity.getEndsAt(), activity.getPlace(), activity.getOnlineLink(),
                activity.getCapacity(), counted.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                counted.getOrDefault(RegistrationStatus.WAITLISTED, 0L), activity.getRegistrationOpensAt(),
                activity.getRegistrationClosesAt(), activity.getServiceId(), activity.getSegmentCodes(),
                criteria.minimumNeedLevel(), criteria.ageFrom(), criteria.ageTo(), criteria.cities(),
                activity.isGivesCertificate(), activity.isPublicListing(), activity.getCancelReason());
    }
}
