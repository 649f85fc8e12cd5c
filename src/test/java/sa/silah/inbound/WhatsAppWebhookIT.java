package sa.silah.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static sa.silah.inbound.WhatsAppDeliveries.delivery;
import static sa.silah.inbound.WhatsAppDeliveries.newMessageId;
import static sa.silah.inbound.WhatsAppDeliveries.sender;
import static sa.silah.inbound.WhatsAppDeliveries.sign;
import static sa.silah.inbound.WhatsAppDeliveries.statuses;
import static sa.silah.inbound.WhatsAppDeliveries.textMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;

import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.casework.SocialPlatform;
import sa.silah.shared.Channel;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class WhatsAppWebhookIT {

    static final long SENT_AT = 1_795_000_000L;

    @Autowired
    MockMvc mvc;

    @Autowired
    BeneficiaryRegistry registry;

    @Autowired
    Casework casework;

    @Autowired
    JdbcClient jdbc;

    String mobile;
    UUID beneficiary;

    @BeforeEach
    void beneficiaryWithAMobile() {
        mobile = TestData.mobile();
        beneficiary = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL,
                "نورة بنت سعد " + TestData.uniqueWord(), null, TestData.nationalId('1'), null, null, null, null, null,
                null, null, mobile, null, null, List.of())).getId();
    }

    @Test
    void answersTheVerificationChallengeWithTheRightToken() throws Exception {
        mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe")
                        .param("hub.verify_token", IntegrationTest.WHATSAPP_VERIFY_TOKEN).param("hub.challenge", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().string("1158201444"));
    }

    @Test
    void refusesTheVerificationWithAWrongOrMissingToken() throws Exception {
        mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe")
                        .param("hub.verify_token", "guessed").param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("1158201444"))));
        mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "subscribe").param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/webhooks/whatsapp").param("hub.mode", "unsubscribe")
                        .param("hub.verify_token", IntegrationTest.WHATSAPP_VERIFY_TOKEN).param("hub.challenge", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSignedTextFromABeneficiarysMobileGoesOnTheirTimeline() throws Exception {
        String id = newMessageId();
        mvc.perform(delivery(textMessage(id, sender(mobile), "Noura", "أرغب في التسجيل في برنامج الأيتام", SENT_AT)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));

        List<Interaction> timeline = casework.timelineOf(beneficiary, PageRequest.of(0, 10)).getContent();
        assertThat(timeline).singleElement().satisfies(message -> {
            assertThat(message.getExternalId()).isEqualTo(id);
            assertThat(message.getChannel()).isEqualTo(Channel.SOCIAL_MEDIA);
            assertThat(message.getPlatform()).isEqualTo(SocialPlatform.WHATSAPP);
            assertThat(message.getSummary()).isEqualTo("أرغب في التسجيل في برنامج الأيتام");
            assertThat(message.getHandle()).isEqualTo("+966" + mobile.substring(1));
            assertThat(message.getOccurredAt()).isEqualTo(Instant.ofEpochSecond(SENT_AT));
        });
    }

    @Test
    void aRedeliveredMessageIsStoredOnce() throws Exception {
        String id = newMessageId();
        String body = textMessage(id, sender(mobile), "Noura", "مرحبا", SENT_AT);
        for (int delivery = 0; delivery < 3; delivery++) {
            mvc.perform(delivery(body)).andExpect(status().isOk());
        }
        assertThat(stored(id)).isEqualTo(1);
        assertThat(casework.timelineOf(beneficiary, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void deliveriesOfOneMessageRacingEachOtherStoreItOnce() throws Exception {
        String id = newMessageId();
        String body = textMessage(id, sender(mobile), "Noura", "مرحبا", SENT_AT);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int delivery = 0; delivery < 4; delivery++) {
                answers.add(threads.submit(() -> mvc.perform(delivery(body)).andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        }
        finally {
            threads.shutdown();
        }
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void aTextFromAnUnknownNumberWaitsInTheUnidentifiedQueue() throws Exception {
        String id = newMessageId();
        mvc.perform(delivery(textMessage(id, sender(TestData.mobile()), "Visitor", "من أين أبدأ؟", SENT_AT)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from unidentified_contact where external_id = ? and resolved_at is null")
                .param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void refusesABadSignatureAndStoresNothing() throws Exception {
        String id = newMessageId();
        String body = textMessage(id, sender(mobile), "Noura", "مرحبا", SENT_AT);
        mvc.perform(delivery(body, sign(body, "not-the-app-secret")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(delivery(body, sign(body.replace("مرحبا", "مرحبًا"), IntegrationTest.WHATSAPP_APP_SECRET)))
                .andExpect(status().isUnauthorized());
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesAMissingOrMalformedSignatureAndStoresNothing() throws Exception {
        String id = newMessageId();
        String body = textMessage(id, sender(TestData.mobile()), "Visitor", "مرحبا", SENT_AT);
        String good = sign(body, IntegrationTest.WHATSAPP_APP_SECRET);
        mvc.perform(delivery(body, null)).andExpect(status().isUnauthorized());
        for (String malformed : List.of("", "sha256=", good.substring("sha256=".length()), "sha1=" + good.substring(7),
                good.substring(0, good.length() - 1), good.substring(0, good.length() - 2) + "zz")) {
            mvc.perform(delivery(body, malformed)).andExpect(status().isUnauthorized());
        }
        assertThat(stored(id)).isZero();
    }

    @Test
    void refusesASignedBodyThatIsNotJson() throws Exception {
        mvc.perform(delivery("{not json")).andExpect(status().isBadRequest());
    }

    @Test
    void publishesEachDeliveryStatus(PublishedEvents events) throws Exception {
        String sent = newMessageId();
        mvc.perform(delivery(statuses(sent, SENT_AT))).andExpect(status().isOk());

        assertThat(events.ofType(WhatsAppStatusReceived.class).matching(status -> status.messageId().equals(sent)))
                .containsExactly(
                        new WhatsAppStatusReceived(sent, "delivered", Instant.ofEpochSecond(SENT_AT), null),
                        new WhatsAppStatusReceived(sent, "failed", Instant.ofEpochSecond(SENT_AT + 60),
                                "131047 Re-engagement message"));
    }

    /** Where a message can be stored: on a timeline, or in the unidentified queue. */
    private long stored(String messageId) {
        return jdbc.sql("""
                select (select count(*) from interaction where external_id = :id)
                     + (select count(*) from unidentified_contact where external_id = :id)""")
                .param("id", messageId).query(Long.class).single();
    }
}
