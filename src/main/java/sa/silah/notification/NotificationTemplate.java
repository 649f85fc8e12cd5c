package sa.silah.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * The text of one message in one channel and language. Email has a subject; a WhatsApp template names the
 * template approved by Meta, whose body parameters are this text's placeholders in order.
 */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private TemplateKey templateKey;

    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;

    private String language;

    private String subject;

    private String body;

    private String whatsappTemplate;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected NotificationTemplate() {
    }

    /** Changes the texts if every rule holds; otherwise refuses with each field's problem. */
    void edit(String newSubject, String newBody, String newWhatsappTemplate, String actor, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String checkedBody = blankToNull(newBody);
        if (checkedBody == null) {
            problems.add(new FieldProblem("body", "notificationTemplate.body.required"));
        }
        else if (checkedBody.length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "validation.tooLong"));
        }
        checkPlaceholders("body", checkedBody, problems);
        String checkedSubject = channel == NotificationChannel.EMAIL ? blankToNull(newSubject) : null;
        if (channel == NotificationChannel.EMAIL && checkedSubject == null) {
            problems.add(new FieldProblem("subject", "notificationTemplate.subject.required"));
        }
        else if (checkedSubject != null && checkedSubject.length() > 200) {
            problems.add(new FieldProblem("subject", "validation.tooLong"));
        }
        checkPlaceholders("subject", checkedSubject, problems);
        String checkedName = channel == NotificationChannel.WHATSAPP ? blankToNull(newWhatsappTemplate) : null;
        if (channel == NotificationChannel.WHATSAPP
                && (checkedName == null || !checkedName.matches("[a-z0-9_]{1,100}"))) {
            problems.add(new FieldProblem("whatsappTemplate", "notificationTemplate.whatsappTemplate.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        subject = checkedSubject;
        body = checkedBody;
        whatsappTemplate = checkedName;
        updatedAt = now;
        updatedBy = actor;
    }

    private static void checkPlaceholders(String field, String text, List<FieldProblem> problems) {
        if (text != null && !TemplateText.unknownPlaceholders(text).isEmpty()) {
            problems.add(new FieldProblem(field, "notificationTemplate.placeholder.unknown"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public SmsSegments smsSegments() {
        return SmsSegments.of(body);
    }

    public Long getId() {
        return id;
    }

    public TemplateKey getTemplateKey() {
        return templateKey;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getWhatsappTemplate() {
        return whatsappTemplate;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
