package sa.silah.assessment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day, on one node at a time, reminds of assessments about to lapse. A bean of its own so that
 * {@code silah.scheduling.enabled=false} stops it, as tests do to remind when they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AssessmentReminderSchedule {

    private final AssessmentReminders reminders;

    AssessmentReminderSchedule(AssessmentReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "0 30 8 * * *", zone = "Asia/Riyadh")
    @SchedulerLock(name = "assessment-reminders", lockAtMostFor = "PT30M")
    void run() {
        reminders.remindDue();
    }
}
