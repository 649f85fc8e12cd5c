package sa.silah.inbound.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sa.silah.inbound.WhatsAppMessage;
import sa.silah.inbound.WhatsAppStatusReceived;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a WhatsApp Cloud API webhook delivery Silah uses: under {@code entry[].changes[].value}, the text
 * {@code messages[]} (id, from, timestamp, text.body) with the sender's {@code contacts[].profile.name}, and the
 * {@code statuses[]} of messages the association sent (id, status, timestamp, errors[]). Other message types (images,
 * voice notes, locations) are logged by type and not stored: Silah keeps no media yet.
 */
record WhatsAppPayload(List<WhatsAppMessage> messages, List<WhatsAppStatusReceived> statuses) {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppPayload.class);

    static WhatsAppPayload of(JsonNode root, Instant now) {
        List<WhatsAppMessage> messages = new ArrayList<>();
        List<WhatsAppStatusReceived> statuses = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                for (JsonNode message : value.path("messages")) {
                    WhatsAppMessage text = textMessage(message, value.path("contacts"), now);
                    if (text != null) {
                        messages.add(text);
                    }
                }
                for (JsonNode status : value.path("statuses")) {
                    String id = text(status.path("id"));
                    if (id != null) {
                        statuses.add(new WhatsAppStatusReceived(id, text(status.path("status")),
                                time(status.path("timestamp"), now), error(status.path("errors"))));
                    }
                }
            }
        }
        return new WhatsAppPayload(List.copyOf(messages), List.copyOf(statuses));
    }

    private static WhatsAppMessage textMessage(JsonNode message, JsonNode contacts, Instant now) {
        String type = text(message.path("type"));
        if (!"text".equals(type)) {
            log.info("A WhatsApp message of type {} was not stored: Silah keeps text messages only", type);
            return null;
        }
        String from = text(message.path("from"));
        try {
            return new WhatsAppMessage(text(message.path("id")), from, profileName(contacts, from),
                    text(message.path("text").path("body")), time(message.path("timestamp"), now));
        }
        catch (IllegalArgumentException malformed) {
            log.warn("A WhatsApp message was not stored: {}", malformed.getMessage());
            return null;
        }
    }

    /** The profile of the contact the message came from, or of the only contact in the change. */
    private static String profileName(JsonNode contacts, String from) {
        for (JsonNode contact : contacts) {
            if (from != null && from.equals(text(contact.path("wa_id"))) || contacts.size() == 1) {
                return text(contact.path("profile").path("name"));
            }
        }
        return null;
    }

    /** Meta's code and title of the first error, as one line. */
    private static String error(JsonNode errors) {
        for (JsonNode error : errors) {
            String code = error.path("code").isNumber() ? error.path("code").asString() : text(error.path("code"));
            String title = text(error.path("title"));
            return code == null ? title : title == null ? code : code + " " + title;
        }
        return null;
    }

    /** Meta writes Unix seconds as a string; a missing or unreadable time is the time of receipt. */
    private static Instant time(JsonNode timestamp, Instant now) {
        String seconds = timestamp.isNumber() ? timestamp.asString() : text(timestamp);
        if (seconds == null || !seconds.matches("[0-9]{1,12}")) {
            return now;
        }
        return Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
