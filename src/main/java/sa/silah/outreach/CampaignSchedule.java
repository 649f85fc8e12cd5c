package sa.silah.outreach;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Releases campaign recipients every few seconds on one node at a time. A bean of its own so that
 * {@code silah.scheduling.enabled=false} stops it, as tests do to release at the instants they choose.
 */
@Component
@ConditionalOnProperty(name = "silah.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CampaignSchedule {

    private final CampaignSender sender;
    private final Clock clock;

    CampaignSchedule(CampaignSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${silah.outreach.release-interval:PT5S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "campaign-release", lockAtMostFor = "PT10M")
    void run() {
        sender.release(clock.instant());
    }
}
