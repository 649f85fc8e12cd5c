package sa.silah.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import sa.silah.shared.Dates;

/** Each transport against a stand-in of its provider: the request it makes and what it makes of the answer. */
class TransportsTest {

    private static final String ARABIC = "استلمنا طلبك REQ-1448-000123، الموعد المتوقع 3 ديسمبر 2026.";
    private static final Instant NOON = LocalDateTime.of(2026, 11, 26, 12, 0).atZone(Dates.RIYADH).toInstant();

    private static WireMockServer gateway;
    private static GreenMail mailServer;

    @BeforeAll
    static void startServers() {
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @AfterAll
    static void stopServers() {
        gateway.stop();
        mailServer.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        gateway.resetAll();
        mailServer.purgeEmailFromAllMailboxes();
    }

    private static Notification message(NotificationChannel channel, String recipient, String language,
            String providerTemplate, String parameters) {
        return Notification.create(new Notification.Addressee("test", null, "REQ-1448-000123", null, recipient, channel,
                language), new Notification.Content(TemplateKey.REQUEST_RECEIVED, "استلام طلبك REQ-1448-000123", ARABIC,
                        providerTemplate, parameters), NOON);
    }

    @Test
    void unifonicPostsTheFormWithTheArabicTextAndTheNumberWithoutPlus() {
        gateway.stubFor(post("/rest/SMS/messages").willReturn(okJson("""
                {"success":true,"message":"","errorCode":"ER-00","data":{"MessageID":4711,"Status":"Queued"}}""")));

        String id = new UnifonicSms(gateway.baseUrl(), "app-sid", "Silah")
                .send(message(NotificationChannel.SMS, "+966551234567", "ar", null, null));

        assertThat(id).isEqualTo("4711");
        gateway.verify(1, postRequestedFor(urlEqualTo("/rest/SMS/messages"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/x-www-form-urlencoded"))
                .withFormParam("AppSid", equalTo("app-sid"))
                .withFormParam("SenderID", equalTo("Silah"))
                .withFormParam("Recipient", equalTo("966551234567"))
                .withFormParam("Body", equalTo(ARABIC))
                .withFormParam("responseType", equalTo("JSON")));
    }

    @Test
    void unifonicRefusalIsNotRetried() {
        gateway.stubFor(post("/rest/SMS/messages").willReturn(okJson("""
                {"success":false,"message":"Invalid recipient","errorCode":"ER-04"}""")));

        assertThatThrownBy(() -> new UnifonicSms(gateway.baseUrl(), "app-sid", "Silah")
                .send(message(NotificationChannel.SMS, "+966551234567", "ar", null, null)))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failed -> {
                    assertThat(failed.isPermanent()).isTrue();
                    assertThat(failed.getMessage()).contains("ER-04");
                });
    }

    @Test
    void taqnyatPostsJsonWithABearerToken() {
        gateway.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"statusCode\":201,\"messageId\":8812,\"cost\":\"0.1\"}")));

        String id = new TaqnyatSms(gateway.baseUrl(), "secret-token", "Silah")
                .send(message(NotificationChannel.SMS, "+966551234567", "ar", null, null));

        assertThat(id).isEqualTo("8812");
        gateway.verify(1, postRequestedFor(urlEqualTo("/v1/messages"))
                .withHeader("Authorization", equalTo("Bearer secret-token"))
                .withRequestBody(equalToJson("""
                        {"recipients":["966551234567"],"body":"%s","sender":"Silah"}""".formatted(ARABIC))));
    }

    @Test
    void aServerErrorIsRetriedAndAClientErrorIsNot() {
        gateway.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(503).withBody("busy")));
        TaqnyatSms sms = new TaqnyatSms(gateway.baseUrl(), "secret-token", "Silah");
        Notification text = message(NotificationChannel.SMS, "+966551234567", "ar", null, null);
        assertThatThrownBy(() -> sms.send(text)).isInstanceOfSatisfying(DeliveryFailedException.class,
                failed -> assertThat(failed.isPermanent()).isFalse());

        gateway.stubFor(post("/v1/messages").willReturn(aResponse().withStatus(400).withBody("bad number")));
        assertThatThrownBy(() -> sms.send(text)).isInstanceOfSatisfying(DeliveryFailedException.class, failed -> {
            assertThat(failed.isPermanent()).isTrue();
            assertThat(failed.getMessage()).contains("400").contains("bad number");
        });
    }

    @Test
    void whatsappSendsTheApprovedTemplateWithItsBodyParametersInOrder() {
        gateway.stubFor(post("/v21.0/1234567890/messages").willReturn(okJson("""
                {"messaging_product":"whatsapp","contacts":[{"input":"966551234567","wa_id":"966551234567"}],
                 "messages":[{"id":"wamid.HBgLOTY2NTUxMjM0NTY3FQIAERgS"}]}""")));

        String id = new WhatsAppCloud(gateway.baseUrl() + "/v21.0", "1234567890", "access-token")
                .send(message(NotificationChannel.WHATSAPP, "+966551234567", "ar", "silah_request_received",
                        "[\"REQ-1448-000123\",\"سلة غذائية\"]"));

        assertThat(id).isEqualTo("wamid.HBgLOTY2NTUxMjM0NTY3FQIAERgS");
        gateway.verify(1, postRequestedFor(urlEqualTo("/v21.0/1234567890/messages"))
                .withHeader("Authorization", equalTo("Bearer access-token"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","to":"966551234567","type":"template",
                         "template":{"name":"silah_request_received","language":{"code":"ar"},
                          "components":[{"type":"body","parameters":[
                            {"type":"text","text":"REQ-1448-000123"},{"type":"text","text":"سلة غذائية"}]}]}}""")));
    }

    @Test
    void emailHasATextAndARightToLeftHtmlPartInArabic() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailServer.getSmtp().getPort());

        String id = new SmtpEmail(sender, "silah@association.example")
                .send(message(NotificationChannel.EMAIL, "sara@example.com", "ar", null, null));

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getMessageID()).isEqualTo(id);
        assertThat(received[0].getSubject()).isEqualTo("استلام طلبك REQ-1448-000123");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sara@example.com");
        Map<String, String> parts = parts((MimeMultipart) received[0].getContent());
        assertThat(parts.get("text/plain")).isEqualTo(ARABIC);
        assertThat(parts.get("text/html")).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains(ARABIC);
    }

    /** The text and HTML parts, wherever Spring nested them (mixed → related → alternative). */
    private static Map<String, String> parts(MimeMultipart multipart) throws Exception {
        Map<String, String> found = new java.util.HashMap<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                found.putAll(parts(nested));
            }
            else {
                found.put(part.getContentType().split(";")[0].trim().toLowerCase(), GreenMailUtil.getBody(part).isEmpty()
                        ? "" : part.getContent().toString());
            }
        }
        return found;
    }
}
