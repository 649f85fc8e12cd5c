package sa.silah.notification;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Hands an event again to the listeners that failed on it, such as a notification listener that met a database
 * hiccup. Spring Modulith redelivers incomplete publications only when the application starts; without this a
 * beneficiary would not be told until the next restart. A publication gets a minute first, so one still being
 * handled is rarely handed twice, and the listeners are idempotent when it is.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class EventRedelivery {

    private static final Duration GRACE = Duration.ofMinutes(1);

    private final IncompleteEventPublications incomplete;

    EventRedelivery(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${silah.events.redelivery-interval:PT5M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "event-redelivery", lockAtMostFor = "PT10M")
    void run() {
        incomplete.resubmitIncompletePublicationsOlderThan(GRACE);
    }
}
