package sa.silah.outreach;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.notification.Notifier;
import sa.silah.shared.RecordNotFoundException;

/**
 * Outreach's public face for campaigns: write one, schedule or start it (its recipients queued at once), pause,
 * resume or cancel it, read its progress, figures and replies; and record a beneficiary's opt-out of a channel.
 */
@Service
@Transactional
public class Outreach {

    private static final Logger log = LoggerFactory.getLogger(Outreach.class);

    /** How an opt-out was recorded: by an officer, or by the beneficiary's own reply. */
    public static final String VIA_OFFICER = "OFFICER";
    public static final String VIA_REPLY = "REPLY";

    private final Campaigns campaigns;
    private final CampaignRecipients recipients;
    private final Audiences audiences;
    private final BeneficiaryRegistry registry;
    private final Notifier notifier;
    private final Clock clock;

    Outreach(Campaigns campaigns, CampaignRecipients recipients, Audiences audiences, BeneficiaryRegistry registry,
            Notifier notifier, Clock clock) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.audiences = audiences;
        this.registry = registry;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** A new draft, or every problem of it at once (nothing is stored then). */
    public Campaign create(CampaignDraft draft, String actor) {
        Campaign campaign = Campaign.draft(draft, actor, clock.instant());
        audiences.query(campaign.audience(), campaign.channels());
        return campaigns.save(campaign);
    }

    /** The campaign with its messages loaded, for pages rendered after the transaction. */
    @Transactional(readOnly = true)
    public Campaign get(UUID id) {
        Campaign campaign = campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException("campaign", id));
        Hibernate.initialize(campaign.messages());
        return campaign;
    }

    /** Every campaign, newest first. */
    @Transactional(readOnly = true)
    public Page<Campaign> list(Pageable pageable) {
        return campaigns.findAllByOrderByCreatedAtDescIdDesc(pageable);
    }

    /** The progress of these campaigns, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, CampaignProgress> progressOf(Collection<UUID> campaignIds) {
        return recipients.progress(campaignIds);
    }

    @Transactional(readOnly = true)
    public CampaignFigures figures(UUID id) {
        return recipients.figures(get(id).getId());
    }

    @Transactional(readOnly = true)
    public Page<CampaignReply> replies(UUID id, Pageable pageable) {
        return recipients.replies(get(id).getId(), pageable);
    }

    /** Starts the campaign at that time: the sender queues its recipients then, as they are then. */
    public Campaign schedule(UUID id, Instant at) {
        Campaign campaign = get(id);
        campaign.schedule(at, clock.instant());
        return campaign;
    }

    /**
     * Starts now: everyone the audience reaches is queued in one insert, and the count of those left out is kept
     * with the campaign; the sender releases them at the gateway's pace.
     */
    public Campaign start(UUID id) {
        Campaign campaign = get(id);
        start(campaign, clock.instant());
        return campaign;
    }

    void start(Campaign campaign, Instant now) {
        AudienceQuery audience = audiences.query(campaign.audience(), campaign.channels());
        AudienceCount count = audiences.count(campaign.audience(), campaign.channels());
        campaign.start(count, now);
        int queued = recipients.queue(campaign, audience);
        campaign.queued(queued);
        log.info("Campaign {} started with {} recipients", campaign.getId(), queued);
    }

    public Campaign pause(UUID id) {
        Campaign campaign = get(id);
        campaign.pause();
        return campaign;
    }

    public Campaign resume(UUID id) {
        Campaign campaign = get(id);
        campaign.resume();
        return campaign;
    }

    /**
     * Cancels: no one still waiting gets the message, and messages already released but not yet picked up by a
     * sender are withdrawn.
     */
    public Campaign cancel(UUID id) {
        Campaign campaign = get(id);
        campaign.cancel(clock.instant());
        recipients.skipPending(campaign.getId(), "CANCELLED");
        notifier.withdrawOutreach(dedupKeyPrefix(campaign.getId()));
        return campaign;
    }

    /** The beneficiary wants no campaign messages on this channel; answers false when they had said so already. */
    public boolean optOut(UUID beneficiaryId, ContactChannel channel, String via, String actor) {
        registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        return recipients.optOut(beneficiaryId, channel, via, actor, clock.instant());
    }

    @Transactional(readOnly = true)
    public Set<ContactChannel> optOutsOf(UUID beneficiaryId) {
        return recipients.optOutsOf(beneficiaryId);
    }

    static String dedupKeyPrefix(UUID campaignId) {
        return "campaign:" + campaignId + ":";
    }
}
