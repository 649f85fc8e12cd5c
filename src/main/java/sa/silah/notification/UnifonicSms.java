package sa.silah.notification;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * SMS through Unifonic's REST API: a form POST to {@code /rest/SMS/messages} with the application's AppSid;
 * the answer says {@code success} and carries {@code data.MessageID}.
 */
class UnifonicSms implements Transport {

    static final String DEFAULT_BASE_URL = "https://el.cloud.unifonic.com";

    private final RestClient http;
    private final String appSid;
    private final String sender;

    UnifonicSms(String baseUrl, String appSid, String sender) {
        this.http = HttpTransports.client(baseUrl);
        this.appSid = appSid;
        this.sender = sender;
    }

    @Override
    public String send(Notification message) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("AppSid", appSid);
        form.add("SenderID", sender);
        form.add("Body", message.getBody());
        form.add("Recipient", HttpTransports.withoutPlus(message.getRecipient()));
        form.add("responseType", "JSON");
        JsonNode answer = HttpTransports.call(name(), () -> http.post().uri("/rest/SMS/messages")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                .body(form).retrieve().body(JsonNode.class));
        if (answer == null || !answer.path("success").asBoolean(false)) {
            throw new DeliveryFailedException("unifonic refused: " + HttpTransports.shortened(
                    answer == null ? "" : answer.path("errorCode").asString("") + " " + answer.path("message").asString("")),
                    true);
        }
        return answer.path("data").path("MessageID").asString();
    }

    @Override
    public String name() {
        return "unifonic";
    }
}
