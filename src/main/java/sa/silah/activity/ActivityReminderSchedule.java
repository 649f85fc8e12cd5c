package sa.silah.activity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every few minutes, on one node at a time, reminds the registrants of activities starting soon. A bean of its own so
 * that {@code silah.scheduling.enabled=false} stops it, as tests do to remind when they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ActivityReminderSchedule {

    private final ActivityReminders reminders;

    ActivityReminderSchedule(ActivityReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${silah.activities.reminder-interval:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "activity-reminders", lockAtMostFor = "PT10M")
    void run() {
        reminders.remind();
    }
}
