package sa.silah.governance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day, on one node at a time, reminds of policies to acknowledge and to review. A bean of its own so that
 * {@code silah.scheduling.enabled=false} stops it, as tests do to remind when they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class PolicyReminderSchedule {

    private final PolicyCirculation circulation;

    PolicyReminderSchedule(PolicyCirculation circulation) {
        this.circulation = circulation;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Asia/Riyadh")
    @SchedulerLock(name = "policy-reminders", lockAtMostFor = "PT30M")
    void run() {
        circulation.remindDue();
    }
}
