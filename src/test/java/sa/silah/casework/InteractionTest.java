package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

class InteractionTest {

    static final UUID BENEFICIARY = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void recordsASocialMediaMessageWithItsPlatformHandleAndLink() {
        Interaction message = record(social(SocialPlatform.INSTAGRAM, " @um_fahad ", "https://instagram.com/p/abc",
                "أرجو التواصل بخصوص السلة"));
        assertThat(message.getType()).isEqualTo(InteractionType.SOCIAL_MEDIA_MESSAGE);
        assertThat(message.getPlatform()).isEqualTo(SocialPlatform.INSTAGRAM);
        assertThat(message.getHandle()).isEqualTo("@um_fahad");
        assertThat(message.getLink()).isEqualTo("https://instagram.com/p/abc");
        assertThat(message.mayOpenRequest()).isTrue();
    }

    @Test
    void aSocialMediaMessageNamesItsPlatform() {
        assertProblems(social(null, null, null, "نص"), "platform");
    }

    @Test
    void refusesLinksThatAreNotWebAddresses() {
        assertProblems(social(SocialPlatform.X, null, "javascript:alert(1)", "نص"), "link");
        assertProblems(social(SocialPlatform.X, null, "ftp://example.com/file", "نص"), "link");
        assertProblems(social(SocialPlatform.X, null, "https://", "نص"), "link");
        assertProblems(social(SocialPlatform.X, null, "https://x.com/" + "a".repeat(Interaction.MAX_LINK), "نص"), "link");
    }

    @Test
    void refusesHandlesLongerThanAHundredCharacters() {
        assertProblems(social(SocialPlatform.TIKTOK, "h".repeat(Interaction.MAX_HANDLE + 1), null, "نص"), "handle");
    }

    @Test
    void aCallNeedsNoSummaryWhenItsOutcomeSaysWhatHappened() {
        Interaction call = record(call("٠٥٥ ١٢٣ ٤٥٦٧", 125, CallOutcome.NO_ANSWER, " "));
        assertThat(call.getSummary()).isNull();
        assertThat(call.getPhoneNumber()).isEqualTo("+966551234567");
        assertThat(call.getDurationSeconds()).isEqualTo(125);
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.NO_ANSWER);
    }

    @Test
    void keepsOtherNumbersAsDialledDigits() {
        assertThat(record(call("920 000 123", null, CallOutcome.ANSWERED, null)).getPhoneNumber()).isEqualTo("920000123");
        assertProblems(call("call me", null, CallOutcome.ANSWERED, null), "phoneNumber");
    }

    @Test
    void aCallLastsBetweenZeroAndADay() {
        assertThat(record(call(null, 0, CallOutcome.BUSY, null)).getDurationSeconds()).isZero();
        assertProblems(call(null, -1, CallOutcome.BUSY, null), "durationSeconds");
        assertProblems(call(null, Interaction.MAX_CALL_SECONDS + 1, CallOutcome.BUSY, null), "durationSeconds");
    }

    @Test
    void aCallWithoutOutcomeOrSummaryIsRefused() {
        assertProblems(call("0551234567", 60, null, null), "summary");
    }

    @Test
    void callAndSocialDetailsBelongToTheirOwnKindOfContact() {
        assertProblems(new NewInteraction(Channel.INTERVIEW, null, Direction.INBOUND, "زيارة", false,
                SocialPlatform.X, null, null, null, null, null), "platform");
        assertProblems(new NewInteraction(Channel.LETTER, null, Direction.INBOUND, "خطاب", false, null, null, null,
                "0551234567", null, null), "outcome");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertProblems(new NewInteraction(Channel.SOCIAL_MEDIA, null, null, "", false, null, null, "not a link", null,
                null, null), "direction", "summary", "platform", "link");
    }

    @Test
    void aReceivedMessageKeepsThePlatformsIdAndTime() {
        Instant sent = Instant.parse("2026-11-20T06:30:00Z");
        Interaction message = Interaction.received(BENEFICIARY,
                new ReceivedMessage(SocialPlatform.WHATSAPP, "wamid.ABC", "+966551234567", "السلام عليكم", sent),
                "whatsapp");
        assertThat(message.getExternalId()).isEqualTo("wamid.ABC");
        assertThat(message.getOccurredAt()).isEqualTo(sent);
        assertThat(message.getChannel()).isEqualTo(Channel.SOCIAL_MEDIA);
        assertThat(message.getDirection()).isEqualTo(Direction.INBOUND);
    }

    @Test
    void aContactBelongsToOneRequestAtMost() {
        Interaction message = record(social(SocialPlatform.FACEBOOK, null, null, "نص"));
        UUID first = UUID.randomUUID();
        message.linkTo(first);
        assertThat(message.mayOpenRequest()).isFalse();
        assertThatThrownBy(() -> message.linkTo(UUID.randomUUID())).isInstanceOf(InvalidFieldsException.class);
    }

    private static NewInteraction social(SocialPlatform platform, String handle, String link, String text) {
        return new NewInteraction(Channel.SOCIAL_MEDIA, null, Direction.INBOUND, text, false, platform, handle, link,
                null, null, null);
    }

    private static NewInteraction call(String number, Integer seconds, CallOutcome outcome, String summary) {
        return new NewInteraction(Channel.PHONE, InteractionType.CALL, Direction.INBOUND, summary, false, null, null,
                null, number, seconds, outcome);
    }

    private static Interaction record(NewInteraction contact) {
        return Interaction.recorded(contact, BENEFICIARY, null, "officer", NOW);
    }

    private static void assertProblems(NewInteraction contact, String... fields) {
        assertThatThrownBy(() -> record(contact)).isInstanceOfSatisfying(InvalidFieldsException.class,
                invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields));
    }
}
