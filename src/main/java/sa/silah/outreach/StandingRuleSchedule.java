package sa.silah.outreach;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Once a day (06:30 Riyadh unless {@code silah.outreach.rules.cron} says otherwise), on one node at a time, runs the
 * standing rules. A bean of its own so that {@code silah.scheduling.enabled=false} stops it, as tests do to run the
 * rules when they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class StandingRuleSchedule {

    private final StandingRules rules;
    private final Clock clock;

    StandingRuleSchedule(StandingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Scheduled(cron = "${silah.outreach.rules.cron:0 30 6 * * *}", zone = "Asia/Riyadh")
    @SchedulerLock(name = "outreach-standing-rules", lockAtMostFor = "PT1H")
    void run() {
        rules.run(clock.instant());
    }
}
