package sa.silah.outreach;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.notification.MessageValues;

/**
 * {@link StandingRule#PROGRAMME_OPENING}: when an activity's registration has opened within the threshold's days, those
 * it is for are invited by a campaign of their own, so that consent, opt-outs, quiet hours, the gateway's pace and the
 * figures are a campaign's. The audience is the activity's segments, cities, need level and ages; a WhatsApp reply
 * "نعم" registers them ({@link CampaignReplies}). An activity that already has a campaign — this rule's or one staff
 * wrote — is not invited again.
 */
@Component
class ProgrammeOpeningRule {

    /** Who the rule's campaigns are created and started by, in the audit trail and the campaign list. */
    static final String ACTOR = "outreach-rules";
    /** The approved WhatsApp template: a general invitation, since campaign templates go without parameters. */
    static final String WHATSAPP_TEMPLATE = "silah_programme_opening";
    private static final Logger log = LoggerFactory.getLogger(ProgrammeOpeningRule.class);
    private static final int PAGE = 100;

    private final ActivityCatalog activities;
    private final Campaigns campaigns;
    private final Outreach outreach;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final String publicUrl;

    ProgrammeOpeningRule(ActivityCatalog activities, Campaigns campaigns, Outreach outreach, MessageSource messages,
            PlatformTransactionManager transactions,
            @Value("${silah.public-url:http://localhost:8080}") String publicUrl) {
        this.activities = activities;
        this.campaigns = campaigns;
        this.outreach = outreach;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Invites for each activity whose registration opened within these days and has no campaign; answers how many. */
    int invite(int days, Instant now) {
        Instant since = now.minus(Duration.ofDays(days));
        int invited = 0;
        for (Activity activity : openedSince(since)) {
            if (announce(activity.getId())) {
                invited++;
            }
        }
        return invited;
    }

    /** Starts the activity's invitation campaign unless it has a campaign already; answers whether it started one. */
    boolean announce(UUID activityId) {
        return Boolean.TRUE.equals(transaction.execute(status -> startFor(activityId)));
    }

    private List<Activity> openedSince(Instant since) {
        List<Activity> opened = new ArrayList<>();
        Page<Activity> page;
        int number = 0;
        do {
            page = activities.openForRegistration(PageRequest.of(number++, PAGE));
            page.filter(activity -> !activity.getRegistrationOpensAt().isBefore(since)).forEach(opened::add);
        } while (page.hasNext());
        return opened;
    }

    private boolean startFor(UUID activityId) {
        if (campaigns.existsByActivityId(activityId)) {
            return false;
        }
        Activity withRules = activities.get(activityId);
        Campaign campaign = outreach.create(new CampaignDraft(text("outreach.programmeOpening.name", "ar", withRules),
                text("outreach.programmeOpening.purpose", "ar", withRules), audienceOf(withRules), withRules.getId(),
                messagesFor(withRules)), ACTOR);
        outreach.start(campaign.getId());
        log.info("Programme opening: campaign {} invites to activity {}", campaign.getId(), withRules.getId());
        return true;
    }

    private static AudienceFilter audienceOf(Activity activity) {
        var criteria = activity.criteria();
        return new AudienceFilter(List.copyOf(activity.getSegmentCodes()), criteria.cities(),
                criteria.minimumNeedLevel(), null, null, criteria.ageFrom(), criteria.ageTo(), null, null, null, null,
                null, null);
    }

    private List<CampaignMessage> messagesFor(Activity activity) {
        List<CampaignMessage> written = new ArrayList<>();
        for (String language : List.of("ar", "en")) {
            written.add(new CampaignMessage(ContactChannel.SMS, language, null,
                    text("outreach.programmeOpening.sms", language, activity), null));
            written.add(new CampaignMessage(ContactChannel.WHATSAPP, language, null,
                    text("outreach.programmeOpening.whatsapp", language, activity), WHATSAPP_TEMPLATE));
            written.add(new CampaignMessage(ContactChannel.EMAIL, language,
                    text("outreach.programmeOpening.subject", language, activity),
                    text("outreach.programmeOpening.email", language, activity), null));
        }
        return written;
    }

    private String text(String key, String language, Activity activity) {
        Locale locale = MessageValues.locale(language);
        String where = activity.getPlace() != null ? activity.getPlace()
                : messages.getMessage("outreach.programmeOpening.online", null, locale);
        return messages.getMessage(key, new Object[] { activity.title(language),
                MessageValues.date(activity.getStartsAt(), language),
                MessageValues.hijriDate(activity.getStartsAt(), language), where,
                publicUrl + "/portal/activities/" + activity.getId(),
                MessageValues.date(activity.getRegistrationClosesAt(), language) }, locale);
    }
}
