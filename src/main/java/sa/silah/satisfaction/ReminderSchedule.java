package sa.silah.satisfaction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the reminders that came due, on one node at a time. A bean of its own so that
 * {@code silah.scheduling.enabled=false} stops it, as tests do to remind at the instants they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final Satisfaction satisfaction;

    ReminderSchedule(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    @Scheduled(fixedDelayString = "${silah.satisfaction.reminder-interval:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "survey-reminders", lockAtMostFor = "PT10M")
    void run() {
        satisfaction.remindUnanswered();
    }
}
