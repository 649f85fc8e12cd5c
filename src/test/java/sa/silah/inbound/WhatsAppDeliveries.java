package sa.silah.inbound;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.test.IntegrationTest;

/** Webhook deliveries shaped like Meta's, signed the way Meta signs them, with the tests' app secret. */
public final class WhatsAppDeliveries {

    public static final String PHONE_NUMBER_ID = "106540352242922";

    private WhatsAppDeliveries() {
    }

    public static String newMessageId() {
        return "wamid.HBgM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The sender as Meta writes it: digits with the country code, no plus. */
    public static String sender(String nationalMobile) {
        return "966" + nationalMobile.substring(1);
    }

    public static String textMessage(String id, String from, String profileName, String text, long sentAtEpochSecond) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp",
                  "metadata":{"display_phone_number":"966112345678","phone_number_id":"%s"},
                  "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                  "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(PHONE_NUMBER_ID, profileName, from, from, id, sentAtEpochSecond, text);
    }

    public static String statuses(String messageId, long atEpochSecond) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
                 "value":{"messaging_product":"whatsapp",
                  "metadata":{"display_phone_number":"966112345678","phone_number_id":"%1$s"},
                  "statuses":[
                   {"id":"%2$s","status":"delivered","timestamp":"%3$d","recipient_id":"966551234567"},
                   {"id":"%2$s","status":"failed","timestamp":"%4$d","recipient_id":"966551234567",
                    "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message"}]}]}}]}]}"""
                .formatted(PHONE_NUMBER_ID, messageId, atEpochSecond, atEpochSecond + 60);
    }

    public static MockHttpServletRequestBuilder delivery(String body) {
        return delivery(body, sign(body, IntegrationTest.WHATSAPP_APP_SECRET));
    }

    public static MockHttpServletRequestBuilder delivery(String body, String signature) {
        MockHttpServletRequestBuilder request = post("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8));
        return signature == null ? request : request.header("X-Hub-Signature-256", signature);
    }

    public static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
