package sa.silah.notification;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp Business Cloud API template messages: outside a conversation the business may only send a
 * template Meta approved, so the message names it and passes the placeholders' values as body parameters.
 */
class WhatsAppCloud implements Transport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final String phoneNumberId;
    private final String accessToken;

    WhatsAppCloud(String baseUrl, String phoneNumberId, String accessToken) {
        this.http = HttpTransports.client(baseUrl);
        this.phoneNumberId = phoneNumberId;
        this.accessToken = accessToken;
    }

    @Override
    public String send(Notification message) {
        List<Map<String, String>> parameters = parameters(message).stream()
                .map(text -> Map.of("type", "text", "text", text)).toList();
        Map<String, Object> template = Map.of("name", message.getProviderTemplate(),
                "language", Map.of("code", message.getLanguage()),
                "components", List.of(Map.of("type", "body", "parameters", parameters)));
        Map<String, Object> body = Map.of("messaging_product", "whatsapp",
                "to", HttpTransports.withoutPlus(message.getRecipient()), "type", "template", "template", template);
        JsonNode answer = HttpTransports.call(name(), () -> http.post().uri("/{id}/messages", phoneNumberId)
                .header("Authorization", "Bearer " + accessToken)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(JsonNode.class));
        JsonNode id = answer == null ? null : answer.path("messages").path(0).path("id");
        if (id == null || id.isMissingNode()) {
            throw new DeliveryFailedException("whatsapp answered without a message id", false);
        }
        return id.asString();
    }

    private static List<String> parameters(Notification message) {
        if (message.getParameters() == null) {
            return List.of();
        }
        return JSON.readValue(message.getParameters(), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    @Override
    public String name() {
        return "whatsapp-cloud";
    }
}
