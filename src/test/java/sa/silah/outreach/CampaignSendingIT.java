package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.casework.Casework;
import sa.silah.casework.InteractionEvents.MessageReceived;
import sa.silah.casework.ReceivedMessage;
import sa.silah.casework.SocialPlatform;
import sa.silah.notification.Notifier;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * Releasing a campaign: at the gateway's rate across consecutive rounds, nothing in quiet hours, each recipient
 * re-checked (consent withdrawn since queueing is skipped), pause, resume and cancel, the figures, and replies linked
 * to the campaign with a stop word recorded as an opt-out. Each test releases at instants of its own day far ahead, so
 * the rate's minute window sees only its own releases, and leaves no campaign running.
 */
@IntegrationTest
class CampaignSendingIT {

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
    CampaignReplies replies;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    OutreachFixture fixture;
    CampaignSender sender;
    LocalDate day;
    final List<UUID> started = new ArrayList<>();

    @BeforeEach
    void aSlowGateway() {
        fixture = new OutreachFixture(registry);
        sender = new CampaignSender(campaigns, recipients, outreach, notifier, new OutreachProperties(
                new OutreachProperties.Rate(5, 5, 5), Duration.ofSeconds(5), Duration.ofDays(14)), transaction);
        day = LocalDate.now(Dates.RIYADH).plusYears(3).plusDays(ThreadLocalRandom.current().nextInt(3000));
    }

    @AfterEach
    void noCampaignLeftRunning() {
        started.forEach(id -> {
            if (!outreach.get(id).getStatus().isOver()) {
                outreach.cancel(id);
            }
        });
    }

    @Test
    void releasesAtTheGatewaysRateAcrossRoundsAndCompletes() {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            people.add(fixture.consenting(TestData.mobile()));
        }
        UUID english = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "Sara " + fixture.suffix,
                null, TestData.nationalId('2'), null, null, null, fixture.city, null, null, null, TestData.mobile(), null,
                null, List.of(), "en", Set.of())).getId();
        registry.recordConsent(english, ConsentPurpose.OUTREACH, Channel.WEBSITE);
        UUID id = start(fixture.inCity());
        assertThat(outreach.get(id).getRecipientCount()).isEqualTo(12);

        Instant ten = at(10, 0);
        assertThat(sender.release(ten)).isEqualTo(5);
        assertThat(sender.release(ten.plusSeconds(30))).isZero();
        assertThat(sender.release(ten.plusSeconds(61))).isEqualTo(5);
        assertThat(sender.release(ten.plusSeconds(90))).isZero();
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(outreach.progressOf(List.of(id)).get(id)).isEqualTo(new CampaignProgress(12, 10));
        assertThat(sender.release(ten.plusSeconds(122))).isEqualTo(2);
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.COMPLETED);

        assertThat(jdbc.queryForObject("select count(distinct recipient) from notification where dedup_key like ?"
                + " and template_key = 'OUTREACH_MESSAGE'", Long.class, "campaign:" + id + ":%")).isEqualTo(12);
        assertThat(jdbc.queryForObject("select body from notification where dedup_key = ?", String.class,
                "campaign:" + id + ":" + english)).startsWith("You are invited");
        assertThat(jdbc.queryForObject("select body from notification where dedup_key = ?", String.class,
                "campaign:" + id + ":" + people.get(0))).startsWith("يسرّنا");
        CampaignFigures figures = outreach.figures(id);
        assertThat(figures.recipients()).isEqualTo(12);
        assertThat(figures.released()).isEqualTo(12);
        assertThat(figures.pending()).isZero();
        assertThat(figures.progressPercent()).isEqualTo(100);
    }

    @Test
    void releasesNothingInQuietHoursAndGoesOnAtSeven() {
        fixture.consenting(TestData.mobile());
        fixture.consenting(TestData.mobile());
        UUID id = start(fixture.inCity());

        assertThat(sender.release(at(23, 0))).isZero();
        assertThat(sender.release(at(6, 59).plus(Duration.ofDays(1)))).isZero();
        assertThat(outreach.figures(id).pending()).isEqualTo(2);
        assertThat(sender.release(at(7, 0).plus(Duration.ofDays(1)))).isEqualTo(2);
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void skipsWhoWithdrewOrOptedOutSinceQueueing() {
        UUID stays = fixture.consenting(TestData.mobile());
        UUID withdraws = fixture.consenting(TestData.mobile());
        UUID optsOut = fixture.consenting(TestData.mobile());
        UUID id = start(fixture.inCity());
        registry.withdrawConsent(withdraws, ConsentPurpose.OUTREACH, Channel.PHONE);
        outreach.optOut(optsOut, ContactChannel.SMS, Outreach.VIA_OFFICER, "manager");

        assertThat(sender.release(at(9, 0))).isEqualTo(1);
        CampaignFigures figures = outreach.figures(id);
        assertThat(figures.released()).isEqualTo(1);
        assertThat(figures.skipped()).isEqualTo(2);
        assertThat(jdbc.queryForList("select beneficiary_id from campaign_recipient where campaign_id = ?"
                + " and status = 'RELEASED'", UUID.class, id)).containsExactly(stays);
    }

    @Test
    void pausesResumesAndCancels() {
        for (int i = 0; i < 8; i++) {
            fixture.consenting(TestData.mobile());
        }
        UUID id = start(fixture.inCity());
        Instant nine = at(9, 0);
        outreach.pause(id);
        assertThat(sender.release(nine)).isZero();
        assertThatThrownBy(() -> outreach.pause(id)).isInstanceOf(CampaignStateException.class);

        outreach.resume(id);
        assertThat(sender.release(nine.plusSeconds(5))).isEqualTo(5);

        outreach.cancel(id);
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(sender.release(nine.plus(Duration.ofMinutes(5)))).isZero();
        CampaignFigures figures = outreach.figures(id);
        assertThat(figures.skipped()).isEqualTo(3);
        assertThat(figures.pending()).isZero();
        // The five released were not yet sent: cancelling withdrew them.
        assertThat(figures.failed()).isEqualTo(5);
        assertThatThrownBy(() -> outreach.resume(id)).isInstanceOf(CampaignStateException.class);
        assertThatThrownBy(() -> outreach.start(id)).isInstanceOf(CampaignStateException.class);
    }

    @Test
    void aScheduledCampaignStartsWhenItsTimeComes() {
        fixture.consenting(TestData.mobile());
        UUID id = outreach.create(OutreachFixture.smsCampaign("حملة مجدولة " + fixture.suffix, fixture.inCity()),
                "manager").getId();
        started.add(id);
        Instant at = at(8, 0);
        outreach.schedule(id, at);
        assertThat(sender.release(at.minusSeconds(1))).isZero();
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(sender.release(at)).isEqualTo(1);
        assertThat(outreach.get(id).getStatus()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void aReplyComesBackLinkedToTheCampaignAndAStopWordOptsOutOfWhatsApp() {
        String mobile = TestData.mobile();
        UUID person = fixture.consenting(mobile);
        UUID id = start(fixture.inCity());
        Instant nine = at(9, 0);
        assertThat(sender.release(nine)).isEqualTo(1);

        casework.recordReceivedMessage(person, new ReceivedMessage(SocialPlatform.WHATSAPP, "wamid.STOP" + fixture.suffix,
                "966" + mobile.substring(1), "إيقاف", nine.plus(Duration.ofHours(2))), "webhook");
        await().atMost(Duration.ofSeconds(20)).until(() -> outreach.figures(id).replies() == 1
                && outreach.optOutsOf(person).contains(ContactChannel.WHATSAPP));

        CampaignReply reply = outreach.replies(id, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(reply.beneficiaryId()).isEqualTo(person);
        assertThat(reply.text()).isEqualTo("إيقاف");
        // The same event again (a redelivery) adds nothing.
        replies.on(new MessageReceived(person, reply.interactionId(), SocialPlatform.WHATSAPP, "إيقاف",
                nine.plus(Duration.ofHours(2))));
        assertThat(outreach.figures(id).replies()).isEqualTo(1);
        assertThat(outreach.optOutsOf(person)).containsExactly(ContactChannel.WHATSAPP);
    }

    @Test
    void knowsAStopWordHoweverItIsWritten() {
        assertThat(CampaignReplies.isStop("ايقاف")).isTrue();
        assertThat(CampaignReplies.isStop(" إيقاف. ")).isTrue();
        assertThat(CampaignReplies.isStop("الغاء الاشتراك")).isTrue();
        assertThat(CampaignReplies.isStop("STOP")).isTrue();
        assertThat(CampaignReplies.isStop("شكراً، متى التوزيع؟")).isFalse();
        assertThat(CampaignReplies.isStop(null)).isFalse();
    }

    private UUID start(AudienceFilter audience) {
        UUID id = outreach.create(OutreachFixture.smsCampaign("حملة " + fixture.suffix, audience), "manager").getId();
        started.add(id);
        outreach.start(id);
        return id;
    }

    private Instant at(int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Dates.RIYADH).toInstant();
    }
}
