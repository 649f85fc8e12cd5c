package sa.silah.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.eligibility.Eligibility;
import sa.silah.eligibility.EligibilityDecision;
import sa.silah.shared.RecordNotFoundException;

/**
 * Registration for activities, from the portal, a reply or an officer. Each registration locks the activity's row
 * first, so registrations racing for the last place take turns: the first gets it, the rest wait on the list in the
 * order they came. A cancelled place goes to the first on the list at once.
 */
@Service
@Transactional
public class ActivityRegistrations {

    private final Activities activities;
    private final Registrations registrations;
    private final BeneficiaryRegistry registry;
    private final Eligibility eligibility;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityRegistrations(Activities activities, Registrations registrations, BeneficiaryRegistry registry,
            Eligibility eligibility, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.registrations = registrations;
        this.registry = registry;
        this.eligibility = eligibility;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the beneficiary: a place while one is free, else the waiting list. Registering again while registered
     * answers the registration as it stands, so a repeated reply or a double tap takes nothing more.
     *
     * @param campaignId the campaign whose invitation the beneficiary answered, or null
     * @throws RegistrationRefusedException when the activity takes no registrations now, the beneficiary was erased,
     *         or is not among those the activity is for (with the reasons)
     */
    public Registration register(UUID activityId, UUID beneficiaryId, RegistrationVia via, String actor,
            UUID campaignId) {
        Activity activity = activities.lockById(activityId)
                .orElseThrow(() -> new RecordNotFoundException("activity", activityId));
        Instant now = clock.instant();
        activity.registrationRefusal(now).ifPresent(key -> {
            throw new RegistrationRefusedException(key, null);
        });
        Optional<Registration> existing = registrations.findByActivityIdAndBeneficiaryId(activityId, beneficiaryId);
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            return existing.get();
        }
        refuseIfNotFor(activity, beneficiaryId);
        RegistrationStatus status = registrations.countByActivityIdAndStatus(activityId,
                RegistrationStatus.REGISTERED) < activity.getCapacity() ? RegistrationStatus.REGISTERED
                        : RegistrationStatus.WAITLISTED;
        Registration registration = existing.map(again -> {
            again.registerAgain(status, via, actor, campaignId, now);
            return again;
        }).orElseGet(() -> registrations.save(Registration.of(activityId, beneficiaryId, status, via, actor,
                campaignId, now)));
        events.publishEvent(new ActivityEvents.RegistrationTaken(registration.getId(), activityId, beneficiaryId,
                status, via));
        return registration;
    }

    /** Whether this beneficiary may register for this activity, with every rule's reason. */
    @Transactional(readOnly = true)
    public EligibilityDecision eligibility(Activity activity, UUID beneficiaryId) {
        return eligibility.check(beneficiaryId, activity.criteria(), activity.getSegmentCodes());
    }

    /**
     * The decision for each of these activities, reading the beneficiary's facts once: for a list of activities shown
     * to one beneficiary. Call it inside the transaction that loaded the activities (their rules are lazy).
     */
    @Transactional(readOnly = true)
    public Map<Activity, EligibilityDecision> eligibility(Collection<Activity> activities, UUID beneficiaryId) {
        return eligibility.checkEach(beneficiaryId, activities, Activity::criteria, Activity::getSegmentCodes);
    }

    private void refuseIfNotFor(Activity activity, UUID beneficiaryId) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        if (beneficiary.isAnonymised()) {
            throw new RegistrationRefusedException("activity.registration.erased", null);
        }
        EligibilityDecision decision = eligibility(activity, beneficiaryId);
        if (!decision.eligible()) {
            throw new RegistrationRefusedException("activity.registration.notEligible", decision);
        }
    }

    /**
     * Cancels a registration; a place it held goes to the first on the waiting list, who is told. The activity is
     * locked first, as for a registration, so a freed place is never given twice.
     */
    public Registration cancel(UUID registrationId, String actor) {
        Registration registration = get(registrationId);
        activities.lockById(registration.getActivityId()).orElseThrow();
        if (registration.cancel(actor, clock.instant())) {
            offerFreedPlace(registration.getActivityId());
        }
        return registration;
    }

    private void offerFreedPlace(UUID activityId) {
        registrations.findFirstByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(activityId,
                RegistrationStatus.WAITLISTED).ifPresent(next -> {
                    next.promote(clock.instant());
                    events.publishEvent(new ActivityEvents.PlaceOffered(next.getId(), activityId,
                            next.getBeneficiaryId()));
                });
    }

    /**
     * Records whether a registrant came, once the activity has begun. The first time one is recorded as having come,
     * they are asked to rate the activity (after the commit, by the satisfaction module).
     */
    public Registration recordAttendance(UUID registrationId, boolean came, String actor) {
        Registration registration = get(registrationId);
        Activity activity = activities.findById(registration.getActivityId()).orElseThrow();
        Instant now = clock.instant();
        if (registration.recordAttendance(activity, came, actor, now)) {
            events.publishEvent(new ActivityEvents.AttendanceRecorded(registration.getId(), activity.getId(),
                    registration.getBeneficiaryId(), registration.getAttendanceRecordedAt()));
        }
        return registration;
    }

    /** The registration, provided it is one of this activity's: an address naming another activity finds nothing. */
    @Transactional(readOnly = true)
    public Registration get(UUID activityId, UUID registrationId) {
        return registrations.findById(registrationId).filter(found -> found.getActivityId().equals(activityId))
                .orElseThrow(() -> new RecordNotFoundException("activity registration", registrationId));
    }

    /** An activity's registrants holding a place or waiting for one, in the order they came. */
    @Transactional(readOnly = true)
    public Page<Registration> activeOf(UUID activityId, Pageable pageable) {
        return registrations.findByActivityIdAndStatusInOrderByRegisteredAtAscIdAsc(activityId,
                List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED), pageable);
    }

    @Transactional(readOnly = true)
    public Registration get(UUID registrationId) {
        return registrations.findById(registrationId)
                .orElseThrow(() -> new RecordNotFoundException("activity registration", registrationId));
    }

    @Transactional(readOnly = true)
    public Optional<Registration> find(UUID activityId, UUID beneficiaryId) {
        return registrations.findByActivityIdAndBeneficiaryId(activityId, beneficiaryId);
    }

    /** An activity's registrants in one status, in the order they came (the waiting list's order). */
    @Transactional(readOnly = true)
    public Page<Registration> of(UUID activityId, RegistrationStatus status, Pageable pageable) {
        return registrations.findByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(activityId, status, pageable);
    }

    /** A beneficiary's registrations, newest first. */
    @Transactional(readOnly = true)
    public Page<Registration> ofBeneficiary(UUID beneficiaryId, Pageable pageable) {
        return registrations.findByBeneficiaryIdOrderByRegisteredAtDesc(beneficiaryId, pageable);
    }

    /** The beneficiary's registration for each of these activities they registered for, by activity. */
    @Transactional(readOnly = true)
    public Map<UUID, Registration> ofBeneficiaryFor(UUID beneficiaryId, Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        List<Registration> found = registrations.findByBeneficiaryIdAndActivityIdIn(beneficiaryId, activityIds);
        return found.stream().collect(Collectors.toMap(Registration::getActivityId, Function.identity()));
    }
}
