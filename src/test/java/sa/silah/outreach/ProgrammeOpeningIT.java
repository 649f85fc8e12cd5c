package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityFixture;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.ReceivedMessage;
import sa.silah.casework.SocialPlatform;
import sa.silah.eligibility.EligibilityCriteria;
import sa.silah.notification.Notifier;
import sa.silah.privacy.PersonalDataCopy;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The programme-opening rule: an activity whose registration opened is announced once, by a campaign of its own, to
 * those it is for who agreed to outreach; a WhatsApp "نعم" to that campaign registers the beneficiary, anything else
 * is only a reply. Every campaign the rule starts here is cancelled after, since the shared database holds other tests'
 * open activities too and their senders must not meet these.
 */
@IntegrationTest
class ProgrammeOpeningIT {

    @Autowired
    ProgrammeOpeningRule rule;
    @Autowired
    ActivityCatalog activities;
    @Autowired
    ActivityRegistrations registrations;
    @Autowired
    Outreach outreach;
    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignRecipients recipients;
    @Autowired
    Notifier notifier;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    Casework casework;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataCopy personalData;

    OutreachFixture fixture;

    @BeforeEach
    void people() {
        fixture = new OutreachFixture(registry);
    }

    @AfterEach
    void noRuleCampaignLeftRunning() {
        jdbc.queryForList("select id from campaign where created_by = ? and status not in ('COMPLETED', 'CANCELLED')",
                UUID.class, ProgrammeOpeningRule.ACTOR).forEach(outreach::cancel);
    }

    @Test
    void anOpeningIsAnnouncedOnceToThoseItIsForWhoAgreedAndAYesRegistersThem() {
        UUID willing = fixture.consenting(TestData.mobile());
        UUID politeOnly = fixture.consenting(TestData.mobile());
        fixture.person(TestData.mobile(), null, null, null, List.of(), Set.of(), false);
        new OutreachFixture(registry).consenting(TestData.mobile());
        Activity activity = ActivityFixture.published(activities, ActivityFixture.details(5, Set.of(),
                new EligibilityCriteria(null, null, null, null, null, null, List.of(fixture.city), null)));

        // Announced on its own: the shared database holds other tests' open activities, whose campaigns would reach
        // these people too.
        assertThat(rule.announce(activity.getId())).isTrue();
        assertThat(rule.announce(activity.getId())).isFalse();

        List<UUID> announced = jdbc.queryForList("select id from campaign where activity_id = ?", UUID.class,
                activity.getId());
        assertThat(announced).hasSize(1);
        Campaign campaign = outreach.get(announced.get(0));
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.getRecipientCount()).isEqualTo(2);
        assertThat(campaign.getCreatedBy()).isEqualTo(ProgrammeOpeningRule.ACTOR);
        assertThat(campaign.messages()).extracting(CampaignMessage::getBody)
                .anySatisfy(body -> assertThat(body).contains(activity.getTitleAr()));

        Instant released = releaseAll(campaign.getId());
        reply(willing, "نعم", released.plus(Duration.ofMinutes(5)));
        reply(politeOnly, "شكراً لكم", released.plus(Duration.ofMinutes(6)));

        // Replies are heard after the commit, on another thread, as WhatsApp's deliveries are.
        await().atMost(Duration.ofSeconds(20)).until(() -> outreach.figures(campaign.getId()).replies() == 2
                && registrations.find(activity.getId(), willing).isPresent());
        Registration registered = registrations.find(activity.getId(), willing).orElseThrow();
        assertThat(registered.getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registered.getVia()).isEqualTo(RegistrationVia.REPLY);
        assertThat(registered.getCampaignId()).isEqualTo(campaign.getId());
        assertThat(registrations.find(activity.getId(), politeOnly)).isEmpty();

        // Their copy of their data names the activity and the invitation they were sent.
        Map<String, Object> copy = personalData.of(willing);
        assertThat((List<?>) copy.get("activities")).singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("title", activity.getTitleAr()).containsEntry("channel", RegistrationVia.REPLY);
        assertThat((List<?>) copy.get("campaignMessages")).singleElement().asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("subject", campaign.getName());
        assertThat(new String(personalData.pdf(copy, Locale.forLanguageTag("ar")), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void anActivityThatOpenedLongerAgoThanTheThresholdOrHasACampaignAlreadyIsNotAnnounced() {
        fixture.consenting(TestData.mobile());
        EligibilityCriteria inCity = new EligibilityCriteria(null, null, null, null, null, null, List.of(fixture.city),
                null);
        Activity openedLongAgo = ActivityFixture.published(activities, ActivityFixture.details(5, Set.of(), inCity));
        Activity announcedByStaff = ActivityFixture.published(activities, ActivityFixture.details(5, Set.of(), inCity));
        outreach.create(new CampaignDraft("دعوة كتبها الموظف", null, fixture.inCity(), announcedByStaff.getId(),
                OutreachFixture.smsCampaign("x", fixture.inCity()).messages()), "manager");

        rule.invite(1, Instant.now().plus(Duration.ofDays(3)));
        assertThat(jdbc.queryForObject("select count(*) from campaign where activity_id = ?", Long.class,
                openedLongAgo.getId())).isZero();

        rule.invite(3, Instant.now());
        assertThat(jdbc.queryForList("select created_by from campaign where activity_id = ?", String.class,
                announcedByStaff.getId())).containsExactly("manager");
    }

    @Test
    void knowsAYesHoweverItIsWritten() {
        assertThat(CampaignReplies.isYes("نعم")).isTrue();
        assertThat(CampaignReplies.isYes(" نعم. ")).isTrue();
        assertThat(CampaignReplies.isYes("Yes")).isTrue();
        assertThat(CampaignReplies.isYes("سجّلني")).isTrue();
        assertThat(CampaignReplies.isYes("نعم ولكن متى؟")).isFalse();
    }

    /** Releases every recipient of the campaign at ten in the morning, Riyadh, outside quiet hours. */
    private Instant releaseAll(UUID campaignId) {
        Instant ten = LocalDate.now(Dates.RIYADH).atTime(LocalTime.of(10, 0)).atZone(Dates.RIYADH).toInstant();
        CampaignSender sender = new CampaignSender(campaigns, recipients, outreach, notifier, new OutreachProperties(
                new OutreachProperties.Rate(10_000, 10_000, 10_000), Duration.ofSeconds(5), Duration.ofDays(14)),
                transaction);
        sender.release(ten);
        assertThat(outreach.progressOf(List.of(campaignId)).get(campaignId).done()).isEqualTo(2);
        return ten;
    }

    private void reply(UUID beneficiary, String text, Instant at) {
        casework.recordReceivedMessage(beneficiary, new ReceivedMessage(SocialPlatform.WHATSAPP,
                "wamid.REPLY" + UUID.randomUUID(), "966500000000", text, at), "webhook");
    }
}
