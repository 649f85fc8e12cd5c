package sa.silah.inbound.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WhatsAppSignatureTest {

    static final byte[] BODY = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);

    final WhatsAppSignature signature = new WhatsAppSignature("app-secret");

    @Test
    void acceptsTheHmacOfTheRawBody() {
        // Computed independently: printf '%s' "$BODY" | openssl dgst -sha256 -hmac app-secret
        assertThat(signature.matches(BODY,
                "sha256=0bf7374433906636bed1653bc7c64affb42fa5da9a39e251ab95c2e3a9c06923")).isTrue();
        assertThat(signature.headerFor(BODY))
                .isEqualTo("sha256=0bf7374433906636bed1653bc7c64affb42fa5da9a39e251ab95c2e3a9c06923");
    }

    @Test
    void refusesTheSignatureOfAnotherBodyOrSecret() {
        byte[] changed = "{\"object\":\"whatsapp_business_account\" }".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.matches(changed, signature.headerFor(BODY))).isFalse();
        assertThat(signature.matches(BODY, new WhatsAppSignature("other-secret").headerFor(BODY))).isFalse();
    }

    @Test
    void refusesMissingAndMalformedHeaders() {
        String good = signature.headerFor(BODY);
        assertThat(signature.matches(BODY, null)).isFalse();
        assertThat(signature.matches(BODY, "")).isFalse();
        assertThat(signature.matches(BODY, good.substring("sha256=".length()))).isFalse();
        assertThat(signature.matches(BODY, "sha1=" + good.substring("sha256=".length()))).isFalse();
        assertThat(signature.matches(BODY, good.substring(0, good.length() - 2))).isFalse();
        assertThat(signature.matches(BODY, good.substring(0, good.length() - 2) + "zz")).isFalse();
        assertThat(signature.matches(BODY, good.toUpperCase())).isFalse();
    }
}
