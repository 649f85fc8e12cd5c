package sa.silah.outreach;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.RegistrationRefusedException;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.casework.InteractionEvents.MessageReceived;
import sa.silah.casework.SocialPlatform;
import sa.silah.shared.ArabicText;

/**
 * A message from a beneficiary released a campaign message within the reply window is a reply to that campaign,
 * linked to the contact on their timeline; a reply that says yes to a campaign about an activity registers them for it
 * (a place, or the waiting list, and they are told which); a WhatsApp reply that says stop records their opt-out of
 * WhatsApp outreach. Idempotent: a redelivered event finds the reply, the registration and the opt-out recorded and
 * adds nothing.
 */
@Component
class CampaignReplies {

    /** Who registered a beneficiary who replied yes: the reply itself, through WhatsApp. */
    static final String REPLY_ACTOR = "whatsapp";
    private static final Logger log = LoggerFactory.getLogger(CampaignReplies.class);
    /** Stop words, normalised as Arabic search normalises (alef forms, ta marbuta, tashkeel). */
    private static final Set<String> STOP_WORDS = Set.of(ArabicText.normalize("إيقاف"), ArabicText.normalize("أوقف"),
            ArabicText.normalize("إلغاء الاشتراك"), "stop", "unsubscribe");
    /** Yes to an invitation, normalised the same way. */
    private static final Set<String> YES_WORDS = Set.of(ArabicText.normalize("نعم"), ArabicText.normalize("سجلني"),
            ArabicText.normalize("موافق"), ArabicText.normalize("أرغب"), "yes", "1");

    private final CampaignRecipients recipients;
    private final Campaigns campaigns;
    private final ActivityRegistrations registrations;
    private final OutreachProperties properties;
    private final TransactionTemplate ownTransaction;

    CampaignReplies(CampaignRecipients recipients, Campaigns campaigns, ActivityRegistrations registrations,
            OutreachProperties properties, PlatformTransactionManager transactions) {
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(MessageReceived message) {
        recipients.lastCampaignReleasedTo(message.beneficiaryId(), message.receivedAt().minus(properties.replyWindow()))
                .ifPresent(campaign -> {
                    recipients.recordReply(campaign, message.beneficiaryId(), message.interactionId(),
                            message.receivedAt());
                    if (isYes(message.text())) {
                        registerForItsActivity(campaign, message);
                    }
                });
        if (message.platform() == SocialPlatform.WHATSAPP && isStop(message.text())
                && recipients.optOut(message.beneficiaryId(), ContactChannel.WHATSAPP, Outreach.VIA_REPLY,
                        "whatsapp", message.receivedAt())) {
            log.info("A beneficiary opted out of WhatsApp outreach by reply");
        }
    }

    /**
     * Registers the replier for the campaign's activity, if it is about one, in a transaction of its own so that a
     * refusal does not undo the reply. A registration the activity refuses now (registration closed, or rules they do
     * not meet) is left to the officer who reads the reply on the campaign's page.
     */
    private void registerForItsActivity(UUID campaignId, MessageReceived message) {
        campaigns.findById(campaignId).map(Campaign::getActivityId).ifPresent(activityId -> {
            try {
                ownTransaction.executeWithoutResult(status -> registrations.register(activityId,
                        message.beneficiaryId(), RegistrationVia.REPLY, REPLY_ACTOR, campaignId));
            }
            catch (RegistrationRefusedException refused) {
                log.info("A reply to campaign {} could not register for its activity: {}", campaignId,
                        refused.messageKey());
            }
        });
    }

    /** The whole message says yes ("نعم", "نعم.", "Yes"). */
    static boolean isYes(String text) {
        return YES_WORDS.contains(ArabicText.normalize(text));
    }

    /** The whole message is a stop word, however it is spelt or punctuated ("إيقاف", "ايقاف.", "STOP"). */
    static boolean isStop(String text) {
        return STOP_WORDS.contains(ArabicText.normalize(text));
    }
}
