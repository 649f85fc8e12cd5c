package sa.silah.inbound.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.inbound.WhatsAppMessage;
import sa.silah.inbound.WhatsAppStatusReceived;
import tools.jackson.databind.json.JsonMapper;

class WhatsAppPayloadTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTextMessagesWithTheSendersProfileNameAndSkipsOtherTypes() {
        WhatsAppPayload payload = parse("""
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                  "contacts":[{"profile":{"name":"Other"},"wa_id":"966500000001"},
                              {"profile":{"name":"أم فهد"},"wa_id":"966551234567"}],
                  "messages":[
                    {"from":"966551234567","id":"wamid.A","timestamp":"1795000000","type":"text","text":{"body":"السلام عليكم"}},
                    {"from":"966551234567","id":"wamid.B","timestamp":"1795000001","type":"image","image":{"id":"1"}},
                    {"from":"966551234567","id":"wamid.C","type":"text","text":{"body":"بلا وقت"}}]}}]}]}""");

        assertThat(payload.messages()).containsExactly(
                new WhatsAppMessage("wamid.A", "966551234567", "أم فهد", "السلام عليكم", Instant.ofEpochSecond(1795000000)),
                new WhatsAppMessage("wamid.C", "966551234567", "أم فهد", "بلا وقت", NOW));
        assertThat(payload.messages().get(0).senderNumber()).isEqualTo("+966551234567");
    }

    @Test
    void skipsMessagesWithoutAnIdOrSender() {
        WhatsAppPayload payload = parse("""
                {"entry":[{"changes":[{"value":{"messages":[
                    {"from":"966551234567","timestamp":"1795000000","type":"text","text":{"body":"بلا معرف"}},
                    {"from":"+966 55","id":"wamid.D","timestamp":"1795000000","type":"text","text":{"body":"مرسل غريب"}}]}}]}]}""");
        assertThat(payload.messages()).isEmpty();
    }

    @Test
    void readsEachStatusWithItsFirstError() {
        WhatsAppPayload payload = parse("""
                {"entry":[{"changes":[{"value":{"statuses":[
                    {"id":"wamid.S","status":"read","timestamp":"1795000100","recipient_id":"966551234567"},
                    {"id":"wamid.T","status":"failed","timestamp":"1795000200",
                     "errors":[{"code":131026,"title":"Message undeliverable"},{"code":1,"title":"Second"}]}]}}]}]}""");
        assertThat(payload.statuses()).containsExactly(
                new WhatsAppStatusReceived("wamid.S", "read", Instant.ofEpochSecond(1795000100), null),
                new WhatsAppStatusReceived("wamid.T", "failed", Instant.ofEpochSecond(1795000200),
                        "131026 Message undeliverable"));
    }

    @Test
    void aDeliveryOfAnotherShapeHoldsNothing() {
        assertThat(parse("{\"object\":\"page\",\"entry\":{}}")).isEqualTo(new WhatsAppPayload(List.of(), List.of()));
    }

    private WhatsAppPayload parse(String body) {
        return WhatsAppPayload.of(json.readTree(body), NOW);
    }
}
