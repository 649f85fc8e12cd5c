package sa.silah.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import sa.silah.privacy.PersonalDataSection;

/**
 * The messages sent to a beneficiary about their requests and data-subject requests, as a section of their copy of
 * their data: the notification module keeps them, so it provides them.
 */
@Component
class MessagesSentSection implements PersonalDataSection {

    private final Notifier notifier;

    MessagesSentSection(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    public List<Map<String, Object>> of(UUID beneficiaryId, List<String> references) {
        return notifier.toBeneficiaryAbout(references).stream().map(MessagesSentSection::message).toList();
    }

    private static Map<String, Object> message(Notification n) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("at", n.getCreatedAt());
        message.put("channel", n.getChannel());
        message.put("to", n.getRecipient());
        message.put("request", n.getRequestRef());
        message.put("subject", n.getSubject());
        message.put("text", n.getBody());
        message.put("status", n.getStatus());
        return message;
    }
}
