package sa.silah.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.Dates;
import sa.silah.shared.RecordNotFoundException;

/**
 * The breach register's use cases: record a breach, correct it, record who was notified, contain and close it.
 * Every change publishes {@link RecordChanged} in the same transaction.
 */
@Service
@Transactional
public class BreachRegister {

    /** The audit subject type of a breach. */
    public static final String SUBJECT = "PERSONAL_DATA_BREACH";
    /** The latest discovered first: those whose clock runs are at the top. */
    private static final Sort ORDER = Sort.by(Sort.Order.desc("discoveredAt"), Sort.Order.desc("id"));

    private final Breaches breaches;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BreachRegister(Breaches breaches, ApplicationEventPublisher events, Clock clock) {
        this.breaches = breaches;
        this.events = events;
        this.clock = clock;
    }

    /** Numbers the breach in the year it is recorded; the unique key refuses a number taken meanwhile. */
    public Breach record(BreachDetails details) {
        Instant now = clock.instant();
        details.check(now);
        int year = now.atZone(Dates.RIYADH).getYear();
        Breach breach = breaches.saveAndFlush(
                new Breach(year, breaches.lastSequenceOf(year) + 1, details, CurrentActor.name(), now));
        publish(breach, "CREATED", breach.changesSinceNothing());
        return breach;
    }

    public Breach change(long id, BreachDetails details) {
        Instant now = clock.instant();
        details.check(now);
        Breach breach = get(id);
        List<FieldChange> changes = breach.change(details, CurrentActor.name(), now);
        if (!changes.isEmpty()) {
            publish(breach, "UPDATED", changes);
        }
        return breach;
    }

    public Breach recordNotification(long id, BreachNotification notification) {
        Breach breach = get(id);
        List<FieldChange> changes = breach.recordNotification(notification, CurrentActor.name(), clock.instant());
        if (!changes.isEmpty()) {
            publish(breach, "NOTIFICATION_RECORDED", changes);
        }
        return breach;
    }

    public Breach contain(long id) {
        Breach breach = get(id);
        publish(breach, "CONTAINED", List.of(breach.contain(CurrentActor.name(), clock.instant())));
        return breach;
    }

    public Breach close(long id) {
        Breach breach = get(id);
        publish(breach, "CLOSED", List.of(breach.close(CurrentActor.name(), clock.instant())));
        return breach;
    }

    @Transactional(readOnly = true)
    public Breach get(long id) {
        return breaches.findById(id).orElseThrow(() -> new RecordNotFoundException("breach", id));
    }

    @Transactional(readOnly = true)
    public Page<Breach> page(int page, int size) {
        return breaches.findAll(PageRequest.of(Math.max(page, 0), size, ORDER));
    }

    /** The moment the clocks are read at. */
    public Instant now() {
        return clock.instant();
    }

    private void publish(Breach breach, String action, List<FieldChange> changes) {
        events.publishEvent(new RecordChanged(SUBJECT, breach.getId().toString(), action, CurrentActor.name(),
                changes, clock.instant()));
    }
}
