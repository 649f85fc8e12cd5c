package sa.silah.notification;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/** SMS through Taqnyat: JSON to {@code /v1/messages} with a bearer token; the answer carries {@code messageId}. */
class TaqnyatSms implements Transport {

    static final String DEFAULT_BASE_URL = "https://api.taqnyat.sa";

    private final RestClient http;
    private final String token;
    private final String sender;

    TaqnyatSms(String baseUrl, String token, String sender) {
        this.http = HttpTransports.client(baseUrl);
        this.token = token;
        this.sender = sender;
    }

    @Override
    public String send(Notification message) {
        Map<String, Object> body = Map.of("recipients", List.of(HttpTransports.withoutPlus(message.getRecipient())),
                "body", message.getBody(), "sender", sender);
        JsonNode answer = HttpTransports.call(name(), () -> http.post().uri("/v1/messages")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(JsonNode.class));
        if (answer == null || answer.path("messageId").isMissingNode()) {
            throw new DeliveryFailedException("taqnyat answered without a messageId", false);
        }
        return answer.path("messageId").asString();
    }

    @Override
    public String name() {
        return "taqnyat";
    }
}
