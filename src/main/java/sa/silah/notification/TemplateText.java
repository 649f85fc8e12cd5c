package sa.silah.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a template with named placeholders such as {@code {referenceNumber}}. Only the names in
 * {@link #PLACEHOLDERS} exist; a template naming another is refused when an administrator saves it.
 */
public final class TemplateText {

    public static final Set<String> PLACEHOLDERS = Set.of("referenceNumber", "dueDate", "dueDateHijri",
            "serviceName", "reason", "trackingLink", "code", "surveyLink", "expiryDate", "followUpLink", "outcome",
            "answer", "policyTitle", "policyLink", "reviewDate", "reviewDateHijri", "rightName", "portalLink",
            "validUntil", "validUntilHijri", "beneficiaryName", "assessmentLink", "activityTitle", "activityDate",
            "activityDateHijri", "activityTime", "activityWhere");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    private TemplateText() {
    }

    /** The placeholders of a text in the order they appear, repeated ones once: WhatsApp's body parameters. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    public static List<String> unknownPlaceholders(String text) {
        return placeholders(text).stream().filter(name -> !PLACEHOLDERS.contains(name)).toList();
    }

    /** The text with each placeholder replaced by its value; a placeholder without a value becomes empty. */
    public static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
