package sa.silah.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");
    private static final AudienceFilter FILTER = new AudienceFilter(List.of(" ORPHANS ", ""), List.of("الرياض"),
            NeedLevel.MEDIUM, 2, 6, null, null, null, "FOOD", 6, null, true, 30);

    @Test
    void movesOnlyAlongItsLife() {
        Campaign campaign = draft();
        assertThatThrownBy(campaign::pause).isInstanceOf(CampaignStateException.class);
        assertThatThrownBy(campaign::resume).isInstanceOf(CampaignStateException.class);
        campaign.schedule(NOW.plusSeconds(3600), NOW);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.SCHEDULED);
        campaign.start(new AudienceCount(10, 2, 1, 1, 6), NOW);
        assertThat(campaign.getRecipientCount()).isEqualTo(6);
        assertThat(campaign.getExcludedNoConsent()).isEqualTo(2);
        assertThatThrownBy(() -> campaign.start(new AudienceCount(0, 0, 0, 0, 0), NOW))
                .isInstanceOf(CampaignStateException.class);
        assertThatThrownBy(() -> campaign.schedule(NOW.plusSeconds(60), NOW)).isInstanceOf(CampaignStateException.class);
        campaign.pause();
        assertThatThrownBy(() -> campaign.complete(NOW)).isInstanceOf(CampaignStateException.class);
        campaign.resume();
        campaign.complete(NOW);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.COMPLETED);
        assertThatThrownBy(() -> campaign.cancel(NOW)).isInstanceOf(CampaignStateException.class);
    }

    @Test
    void refusesAScheduleInThePast() {
        assertThatThrownBy(() -> draft().schedule(NOW.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("scheduledAt", "outreach.campaign.scheduleFuture")));
    }

    @Test
    void keepsItsFilterAsJsonAndAnswersEachLanguageWithArabicAsFallback() {
        Campaign campaign = draft();
        assertThat(campaign.audience()).isEqualTo(FILTER);
        assertThat(campaign.audience().segmentCodes()).containsExactly("ORPHANS");
        assertThat(campaign.channels()).containsExactlyInAnyOrder(ContactChannel.SMS, ContactChannel.EMAIL);
        assertThat(campaign.message(ContactChannel.SMS, "en")).get().extracting(CampaignMessage::getBody)
                .isEqualTo("Hello");
        assertThat(campaign.message(ContactChannel.EMAIL, "en")).get().extracting(CampaignMessage::getLanguage)
                .isEqualTo("ar");
        assertThat(campaign.message(ContactChannel.WHATSAPP, "ar")).isEmpty();
    }

    @Test
    void refusesEveryProblemOfADraftAtOnce() {
        String longSms = "ا".repeat(70 * 7);
        CampaignDraft bad = new CampaignDraft(" ", null, new AudienceFilter(null, null, null, 5, 2, null, null, null,
                null, 3, null, null, 0), null, List.of(
                        new CampaignMessage(ContactChannel.SMS, "ar", null, longSms, null),
                        new CampaignMessage(ContactChannel.WHATSAPP, "en", null, "Hi", "Not A Name"),
                        new CampaignMessage(ContactChannel.EMAIL, "ar", null, "نص", null)));
        assertThatThrownBy(() -> Campaign.draft(bad, "manager", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("name", "smsAr", "whatsappTemplateEn",
                                "whatsappAr", "emailSubjectAr", "householdTo", "serviceCode",
                                "lastContactOlderThanDays"));
        assertThatThrownBy(() -> Campaign.draft(new CampaignDraft("حملة", null, null, null, List.of()), "m", NOW))
                .isInstanceOfSatisfying(InvalidFieldsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("outreach.campaign.messageRequired"));
    }

    @Test
    void masksNames() {
        assertThat(AudienceMember.mask("نورة عبدالله القحطاني")).isEqualTo("نورة ا.");
        assertThat(AudienceMember.mask("نورة")).isEqualTo("نورة");
    }

    private static Campaign draft() {
        return Campaign.draft(new CampaignDraft("حملة السلال", "توزيع", FILTER, null, List.of(
                new CampaignMessage(ContactChannel.SMS, "ar", null, "مرحباً", null),
                new CampaignMessage(ContactChannel.SMS, "en", null, "Hello", null),
                new CampaignMessage(ContactChannel.EMAIL, "ar", "دعوة", "نص البريد", null))), "manager", NOW);
    }
}
