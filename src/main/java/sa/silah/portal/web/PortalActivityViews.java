package sa.silah.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.eligibility.EligibilityDecision;
import sa.silah.shared.RecordNotFoundException;

/**
 * What the activity pages show, read in one transaction: an activity's rules (segments, cities) are loaded lazily and
 * the eligibility decisions need them, and the places, the beneficiary's registrations and the activities they name
 * are each read in one query for the whole page.
 */
@Component
@Transactional(readOnly = true)
class PortalActivityViews {

    /**
     * How many activities open for registration are decided on for the portal's list. The annual plan has a few
     * dozen at a time; the rest would wait for the next page of the plan, not be lost.
     */
    static final int MOST_OPEN = 200;

    private final ActivityCatalog catalog;
    private final ActivityRegistrations registrations;
    private final Clock clock;

    PortalActivityViews(ActivityCatalog catalog, ActivityRegistrations registrations, Clock clock) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** An activity with the places still free (none when full: a registration then waits on the list). */
    record Listed(Activity activity, long placesLeft) {

        public boolean isFull() {
            return placesLeft == 0;
        }
    }

    /** One of the beneficiary's registrations with its activity, and whether they may still cancel it here. */
    record Mine(Registration registration, Activity activity, boolean cancellable) {
    }

    /** The portal's page of one activity for one beneficiary. */
    record Detail(Listed listed, Optional<String> refusal, EligibilityDecision decision, Optional<Mine> mine) {
    }

    /** The public site's upcoming public activities, a page at a time. */
    Page<Listed> upcomingPublic(Pageable pageable) {
        return listed(catalog.upcomingPublic(pageable));
    }

    /** A published activity listed publicly; anything else is not found, so a draft's address tells nothing. */
    Listed publicActivity(UUID id) {
        Activity activity = catalog.get(id);
        if (activity.getStatus() != ActivityStatus.PUBLISHED || !activity.isPublicListing()) {
            throw new RecordNotFoundException("public activity", id);
        }
        return listed(List.of(activity)).get(0);
    }

    /** The activities open for registration now that this beneficiary is among those they are for. */
    Page<Listed> openFor(UUID beneficiaryId, Pageable pageable) {
        List<Activity> open = catalog.openForRegistration(PageRequest.of(0, MOST_OPEN)).getContent();
        List<Activity> forThem = registrations.eligibility(open, beneficiaryId).entrySet().stream()
                .filter(decided -> decided.getValue().eligible()).map(Map.Entry::getKey).toList();
        int from = (int) Math.min(pageable.getOffset(), forThem.size());
        int to = Math.min(from + pageable.getPageSize(), forThem.size());
        return new PageImpl<>(listed(forThem.subList(from, to)), pageable, forThem.size());
    }

    /** The beneficiary's registrations, the newest first, each with its activity. */
    Page<Mine> registrationsOf(UUID beneficiaryId, Pageable pageable) {
        Page<Registration> theirs = registrations.ofBeneficiary(beneficiaryId, pageable);
        Map<UUID, Activity> activities = catalog.all(theirs.map(Registration::getActivityId).toSet());
        Instant now = clock.instant();
        return theirs.map(registration -> mine(registration, activities.get(registration.getActivityId()), now));
    }

    /** Which of these activities the beneficiary holds an active registration for. */
    Map<UUID, Registration> activeRegistrations(UUID beneficiaryId, Collection<UUID> activityIds) {
        return registrations.ofBeneficiaryFor(beneficiaryId, activityIds).entrySet().stream()
                .filter(each -> each.getValue().getStatus().isActive())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A published or cancelled activity as this beneficiary sees it; a draft is not found. */
    Detail detail(UUID activityId, UUID beneficiaryId) {
        Activity activity = catalog.get(activityId);
        if (activity.getStatus() == ActivityStatus.DRAFT) {
            throw new RecordNotFoundException("activity", activityId);
        }
        Instant now = clock.instant();
        return new Detail(listed(List.of(activity)).get(0), activity.registrationRefusal(now),
                registrations.eligibility(activity, beneficiaryId),
                registrations.find(activityId, beneficiaryId).map(registration -> mine(registration, activity, now)));
    }

    /** The beneficiary's own registration; another's is not found, as if it did not exist. */
    Mine owned(UUID registrationId, UUID beneficiaryId) {
        Registration registration = registrations.get(registrationId);
        if (!registration.getBeneficiaryId().equals(beneficiaryId)) {
            throw new RecordNotFoundException("activity registration", registrationId);
        }
        return mine(registration, catalog.get(registration.getActivityId()), clock.instant());
    }

    /** Once an activity has begun, who came is the officers' record: the portal no longer cancels. */
    private static Mine mine(Registration registration, Activity activity, Instant now) {
        return new Mine(registration, activity,
                registration.getStatus().isActive() && now.isBefore(activity.getStartsAt()));
    }

    private Page<Listed> listed(Page<Activity> activities) {
        List<Listed> lines = listed(activities.getContent());
        return new PageImpl<>(lines, activities.getPageable(), activities.getTotalElements());
    }

    private List<Listed> listed(List<Activity> activities) {
        Map<UUID, Map<RegistrationStatus, Long>> places = catalog
                .placesOf(activities.stream().map(Activity::getId).toList());
        return activities.stream().map(activity -> new Listed(activity, Math.max(0, activity.getCapacity()
                - places.getOrDefault(activity.getId(), Map.of()).getOrDefault(RegistrationStatus.REGISTERED, 0L))))
                .toList();
    }
}
