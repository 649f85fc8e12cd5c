package sa.silah.outreach;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.notification.Notifier;
import sa.silah.notification.OutreachMessage;
import sa.silah.notification.QuietHours;

/**
 * Releases campaign recipients to the notification module at the gateway's pace: per channel at most the configured
 * rate in any minute, over every running campaign together, and nothing in quiet hours. Each recipient's message is
 * stored and the recipient marked released in one transaction, under a dedup key of the campaign and the beneficiary,
 * so a restart at any point never makes a message twice. A recipient who withdrew consent, opted out or lost their
 * address since being queued is skipped. Scheduled campaigns start here when their time comes, and running ones with
 * no one left waiting complete.
 */
@Component
class CampaignSender {

    private static final Logger log = LoggerFactory.getLogger(CampaignSender.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    static final int BATCH = 200;

    private final Campaigns campaigns;
    private final CampaignRecipients recipients;
    private final Outreach outreach;
    private final Notifier notifier;
    private final OutreachProperties properties;
    private final TransactionTemplate transaction;

    CampaignSender(Campaigns campaigns, CampaignRecipients recipients, Outreach outreach, Notifier notifier,
            OutreachProperties properties, TransactionTemplate transaction) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.outreach = outreach;
        this.notifier = notifier;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** One round at this instant; answers how many messages were released. */
    int release(Instant now) {
        startScheduled(now);
        int released = 0;
        if (!QuietHours.isQuiet(now)) {
            for (ContactChannel channel : EnumSet.allOf(ContactChannel.class)) {
                released += releaseOn(channel, now);
            }
        }
        completeFinished(now);
        return released;
    }

    private void startScheduled(Instant now) {
        for (UUID id : campaigns.dueToStart(now)) {
            transaction.executeWithoutResult(status -> outreach.start(outreach.get(id), now));
        }
    }

    private int releaseOn(ContactChannel channel, Instant now) {
        int budget = properties.rate().perMinute(channel) - recipients.releasedBetween(channel, now.minus(WINDOW), now);
        int released = 0;
        while (budget > 0) {
            int size = Math.min(budget, BATCH);
            int[] outcome = transaction.execute(status -> releaseBatch(channel, size, now));
            released += outcome[0];
            budget -= outcome[0];
            if (outcome[1] == 0) {
                break;
            }
        }
        return released;
    }

    /** The next batch from the running campaigns, the one started first first; answers {released, looked at}. */
    private int[] releaseBatch(ContactChannel channel, int size, Instant now) {
        for (Campaign campaign : campaigns.findByStatusOrderByStartedAtAscIdAsc(CampaignStatus.RUNNING)) {
            List<CampaignRecipients.Due> due = recipients.due(campaign.getId(), channel, size);
            if (!due.isEmpty()) {
                return new int[] { release(campaign, channel, due, now), due.size() };
            }
        }
        return new int[] { 0, 0 };
    }

    private int release(Campaign campaign, ContactChannel channel, List<CampaignRecipients.Due> due, Instant now) {
        int released = 0;
        for (CampaignRecipients.Due recipient : due) {
            if (!recipient.consented()) {
                recipients.skipped(recipient.id(), "NO_CONSENT");
                continue;
            }
            if (!recipient.reachable()) {
                recipients.skipped(recipient.id(), "OPTED_OUT");
                continue;
            }
            CampaignMessage message = campaign.message(channel, recipient.language()).orElseThrow();
            var outgoing = new OutreachMessage(Outreach.dedupKeyPrefix(campaign.getId()) + recipient.beneficiaryId(),
                    recipient.address(), channel, message.getLanguage(), message.getSubject(), message.getBody(),
                    message.getWhatsappTemplate());
            if (!recipients.released(recipient.id(), notifier.queueOutreach(outgoing, now), now)) {
                throw new IllegalStateException("campaign recipient " + recipient.id() + " was released elsewhere");
            }
            released++;
        }
        return released;
    }

    private void completeFinished(Instant now) {
        for (UUID id : campaigns.running()) {
            if (!recipients.hasPending(id)) {
                transaction.executeWithoutResult(status -> outreach.get(id).complete(now));
                log.info("Campaign {} completed", id);
            }
        }
    }
}
