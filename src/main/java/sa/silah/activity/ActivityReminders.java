package sa.silah.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds registrants holding a place in a published activity that starts within the configured window, once each:
 * a conditional update marks the registration before its event is published, so a second run, or a second node,
 * finds it marked and sends nothing. Those on the waiting list are not reminded; they have no place yet.
 */
@Service
@Transactional
public class ActivityReminders {

    private static final int BATCH = 200;

    private final Registrations registrations;
    private final ActivityReminderProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityReminders(Registrations registrations, ActivityReminderProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The reminders due now. */
    public int remind() {
        return remind(clock.instant());
    }

    /**
     * Sends the reminders due at {@code now}; answers how many. Marked registrations leave the query, so each batch is
     * new.
     */
    public int remind(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Instant until = now.plus(properties.reminderBefore());
        int reminded = 0;
        List<Registrations.Unreminded> due;
        do {
            due = registrations.unreminded(now, until, PageRequest.of(0, BATCH));
            for (Registrations.Unreminded registration : due) {
                if (registrations.markReminded(registration.getId(), at) == 1) {
                    events.publishEvent(new ActivityEvents.ReminderDue(registration.getId(),
                            registration.getActivityId(), registration.getBeneficiaryId(), at));
                    reminded++;
                }
            }
        } while (due.size() == BATCH);
        return reminded;
    }
}
