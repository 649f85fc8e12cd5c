package sa.silah.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every night at two, on one node at a time, applies the retention rules. A bean of its own so that
 * {@code silah.scheduling.enabled=false} stops it, as tests do to run the rules when they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RetentionSchedule {

    private final Retention retention;

    RetentionSchedule(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "0 0 2 * * *", zone = "Asia/Riyadh")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT6H")
    void run() {
        retention.runAll();
    }
}
