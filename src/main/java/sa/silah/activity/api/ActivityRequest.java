package sa.silah.activity.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import sa.silah.activity.ActivityDetails;
import sa.silah.activity.ActivityKind;
import sa.silah.assessment.NeedLevel;
import sa.silah.eligibility.EligibilityCriteria;

/** An activity as the API states it; times are instants (ISO-8601 with an offset). */
record ActivityRequest(ActivityKind kind, String titleAr, String titleEn, String descriptionAr, String descriptionEn,
        Instant startsAt, Instant endsAt, String place, String onlineLink, Integer capacity,
        Instant registrationOpensAt, Instant registrationClosesAt, String serviceCode, Set<String> segmentCodes,
        NeedLevel minimumNeedLevel, Integer ageFrom, Integer ageTo, List<String> cities, Boolean givesCertificate,
        Boolean publicListing) {

    ActivityDetails details() {
        return new ActivityDetails(kind, titleAr, titleEn, descriptionAr, descriptionEn, startsAt, endsAt, place,
                onlineLink, capacity, registrationOpensAt, registrationClosesAt, serviceCode, segmentCodes,
                new EligibilityCriteria(minimumNeedLevel, null, ageFrom, ageTo, null, null, cities, null),
                Boolean.TRUE.equals(givesCertificate), !Boolean.FALSE.equals(publicListing));
    }
}
