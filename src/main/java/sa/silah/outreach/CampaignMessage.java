package sa.silah.outreach;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.notification.SmsSegments;
import sa.silah.shared.FieldProblem;

/**
 * A campaign's text on one channel in one language: an email has a subject, a WhatsApp message names the template Meta
 * approved (a business may message first only with one), and its body is that template's text, kept for the record.
 * Each problem names the form field {@link #field(ContactChannel, String, String)} of the part.
 */
@Embeddable
public class CampaignMessage {

    static final int MAX_BODY = 2000;
    /** An SMS campaign of more than six parts costs much and reads badly on a phone. */
    static final int MAX_SMS_SEGMENTS = 6;
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,100}");

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    private String language;

    private String subject;

    private String body;

    private String whatsappTemplate;

    protected CampaignMessage() {
    }

    public CampaignMessage(ContactChannel channel, String language, String subject, String body,
            String whatsappTemplate) {
        this.channel = channel;
        this.language = language;
        this.subject = channel == ContactChannel.EMAIL ? blankToNull(subject) : null;
        this.body = blankToNull(body);
        this.whatsappTemplate = channel == ContactChannel.WHATSAPP ? blankToNull(whatsappTemplate) : null;
    }

    /** The form's field for a part ({@code body}, {@code subject} or {@code template}): {@code smsAr}, {@code emailSubjectEn}. */
    public static String field(ContactChannel channel, String language, String part) {
        String name = channel.name().toLowerCase(Locale.ROOT);
        String middle = switch (part) {
            case "subject" -> "Subject";
            case "template" -> "Template";
            default -> "";
        };
        return name + middle + (language.equals("en") ? "En" : "Ar");
    }

    void check(List<FieldProblem> problems) {
        if (body == null) {
            problems.add(new FieldProblem(field(channel, language, "body"), "outreach.message.bodyRequired"));
        }
        else if (body.length() > MAX_BODY) {
            problems.add(new FieldProblem(field(channel, language, "body"), "outreach.message.tooLong"));
        }
        else if (channel == ContactChannel.SMS && smsSegments().segments() > MAX_SMS_SEGMENTS) {
            problems.add(new FieldProblem(field(channel, language, "body"), "outreach.message.tooManySegments"));
        }
        if (channel == ContactChannel.EMAIL && (subject == null || subject.length() > 200)) {
            problems.add(new FieldProblem(field(channel, language, "subject"), "outreach.message.subjectRequired"));
        }
        if (channel == ContactChannel.WHATSAPP && (whatsappTemplate == null
                || !TEMPLATE_NAME.matcher(whatsappTemplate).matches())) {
            problems.add(new FieldProblem(field(channel, language, "template"), "outreach.message.templateRequired"));
        }
    }

    /** What an SMS text costs, for the form to show as it is typed. */
    public SmsSegments smsSegments() {
        return SmsSegments.of(body);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ContactChannel getChannel() {
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
}
