package sa.silah.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.RecordNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message templates: administrators read and edit them; the notification module renders them. A template
 * missing in the recipient's language falls back to Arabic, the association's own language.
 */
@Service
@Transactional
public class TemplateLibrary {

    static final String DEFAULT_LANGUAGE = "ar";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationTemplates templates;
    private final Clock clock;

    TemplateLibrary(NotificationTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<NotificationTemplate> list(Pageable pageable) {
        return templates.findAllByOrderByTemplateKeyAscChannelAscLanguageAsc(pageable);
    }

    @Transactional(readOnly = true)
    public NotificationTemplate get(long id) {
        return templates.findById(id).orElseThrow(() -> new RecordNotFoundException("notification template", id));
    }

    public NotificationTemplate edit(long id, String subject, String body, String whatsappTemplate, String actor) {
        NotificationTemplate template = get(id);
        template.edit(subject, body, whatsappTemplate, actor, clock.instant());
        return templates.save(template);
    }

    /** The texts of this message for this channel and language, or empty when no template exists. */
    Optional<Notification.Content> render(TemplateKey key, NotificationChannel channel, String language,
            Map<String, String> values) {
        NotificationChannel source = channel == NotificationChannel.IN_APP ? NotificationChannel.EMAIL : channel;
        return templates.findByTemplateKeyAndChannelAndLanguage(key, source, language)
                .or(() -> templates.findByTemplateKeyAndChannelAndLanguage(key, source, DEFAULT_LANGUAGE))
                .map(template -> content(template, values));
    }

    private static Notification.Content content(NotificationTemplate template, Map<String, String> values) {
        String subject = template.getSubject() == null ? null : TemplateText.render(template.getSubject(), values);
        String parameters = null;
        if (template.getChannel() == NotificationChannel.WHATSAPP) {
            List<String> ordered = TemplateText.placeholders(template.getBody()).stream()
                    .map(name -> values.getOrDefault(name, "")).toList();
            parameters = JSON.writeValueAsString(ordered);
        }
        return new Notification.Content(template.getTemplateKey(), subject,
                TemplateText.render(template.getBody(), values), template.getWhatsappTemplate(), parameters);
    }
}
