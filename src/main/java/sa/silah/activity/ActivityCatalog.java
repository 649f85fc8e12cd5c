package sa.silah.activity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.RecordChanged;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The activities of the annual plan: officers draft, revise, publish and cancel them; staff, the public site and the
 * portal read them. Every change is in the audit trail.
 */
@Service
@Transactional
public class ActivityCatalog {

    /** The audit subject type of an activity. */
    public static final String SUBJECT = "ACTIVITY";

    private final Activities activities;
    private final Registrations registrations;
    private final ServiceCatalog services;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityCatalog(Activities activities, Registrations registrations, ServiceCatalog services,
            ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.registrations = registrations;
        this.services = services;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft; bad details are refused with every field problem. */
    public Activity draft(ActivityDetails details, String actor) {
        Activity activity = activities.save(Activity.draft(details, serviceId(details), actor, clock.instant()));
        audit(activity, "ACTIVITY_CREATED", actor);
        return activity.withRulesRead();
    }

    /** Replaces what was stated; the capacity may not fall below the places already taken. */
    public Activity revise(UUID id, ActivityDetails details, String actor) {
        Activity activity = activities.lockById(id).orElseThrow(() -> new RecordNotFoundException("activity", id));
        long taken = registrations.countByActivityIdAndStatus(id, RegistrationStatus.REGISTERED);
        if (details.capacity() != null && details.capacity() < taken) {
            throw new InvalidFieldsException(List.of(new FieldProblem("capacity", "activity.capacity.belowTaken")));
        }
        activity.revise(details, serviceId(details), actor, clock.instant());
        audit(activity, "ACTIVITY_REVISED", actor);
        return activity.withRulesRead();
    }

    public Activity publish(UUID id, String actor) {
        Activity activity = get(id);
        if (activity.publish(actor, clock.instant())) {
            audit(activity, "ACTIVITY_PUBLISHED", actor);
            events.publishEvent(new ActivityEvents.ActivityPublished(id, activity.getRegistrationOpensAt(), actor));
        }
        return activity.withRulesRead();
    }

    /** Calls the activity off; its registrants are told the reason. */
    public Activity cancel(UUID id, String reason, String actor) {
        Activity activity = get(id);
        activity.cancel(reason, actor, clock.instant());
        audit(activity, "ACTIVITY_CANCELLED", actor);
        events.publishEvent(new ActivityEvents.ActivityCancelled(id, activity.getCancelReason()));
        return activity.withRulesRead();
    }

    /** The activity with who it is for, readable after this transaction. */
    @Transactional(readOnly = true)
    public Activity get(UUID id) {
        return activities.findById(id).map(Activity::withRulesRead)
                .orElseThrow(() -> new RecordNotFoundException("activity", id));
    }

    /** These activities, in one query, for a list that names them (a beneficiary's registrations). */
    @Transactional(readOnly = true)
    public Map<UUID, Activity> all(Collection<UUID> ids) {
        Map<UUID, Activity> found = new HashMap<>();
        activities.findAllById(ids).forEach(activity -> found.put(activity.getId(), activity));
        return found;
    }

    /** Every activity in a status, or all when the status is null, the soonest first. */
    @Transactional(readOnly = true)
    public Page<Activity> find(ActivityStatus status, Pageable pageable) {
        return activities.find(status, pageable);
    }

    /** What the public site lists: published public activities not yet ended. */
    @Transactional(readOnly = true)
    public Page<Activity> upcomingPublic(Pageable pageable) {
        return activities.upcomingPublic(clock.instant(), pageable);
    }

    /** Published activities taking registrations now. */
    @Transactional(readOnly = true)
    public Page<Activity> openForRegistration(Pageable pageable) {
        return activities.openForRegistration(clock.instant(), pageable);
    }

    /** Places taken and waiting of each of these activities, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<RegistrationStatus, Long>> placesOf(Collection<UUID> activityIds) {
        Map<UUID, Map<RegistrationStatus, Long>> places = new HashMap<>();
        if (!activityIds.isEmpty()) {
            registrations.countByStatus(activityIds).forEach(count -> places
                    .computeIfAbsent(count.getActivityId(), id -> new EnumMap<>(RegistrationStatus.class))
                    .put(count.getStatus(), count.getRegistrations()));
        }
        return places;
    }

    private Long serviceId(ActivityDetails details) {
        if (details.serviceCode() == null) {
            return null;
        }
        return services.findByCode(details.serviceCode()).map(ServiceOffering::getId)
                .orElseThrow(() -> new InvalidFieldsException(
                        List.of(new FieldProblem("serviceCode", "activity.serviceCode.unknown"))));
    }

    private void audit(Activity activity, String action, String actor) {
        events.publishEvent(new RecordChanged(SUBJECT, activity.getId().toString(), action, actor, List.of(),
                clock.instant()));
    }
}
