package sa.silah.notification;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends what came due since the last round (retries, texts held back for the morning) on one node at a time.
 * A bean of its own so that {@code silah.scheduling.enabled=false} stops it, as tests do to send at the instants
 * they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

    private final Dispatcher dispatcher;
    private final Clock clock;

    DispatchSchedule(Dispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${silah.notifications.dispatch-interval:PT30S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT10M")
    void run() {
        dispatcher.dispatch(clock.instant());
    }
}
