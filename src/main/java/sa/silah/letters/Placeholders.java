package sa.silah.letters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named placeholders of letter templates, written {@code {recipient}}. Filling replaces the known ones
 * that have a value and leaves the others as written, so that {@code {letterNumber}}, unknown until the
 * letter is registered, survives the draft and is filled when the number is handed out.
 */
public final class Placeholders {

    public static final String RECIPIENT = "recipient";
    public static final String SUBJECT = "subject";
    public static final String REFERENCE_NUMBER = "referenceNumber";
    public static final String LETTER_NUMBER = "letterNumber";
    public static final String DATE = "date";
    public static final String HIJRI_DATE = "hijriDate";
    public static final String BENEFICIARY_NAME = "beneficiaryName";
    public static final String SERVICE_NAME = "serviceName";

    /** Every placeholder a template may use, in the order the template page lists them. */
    public static final List<String> KNOWN = List.of(RECIPIENT, SUBJECT, REFERENCE_NUMBER, LETTER_NUMBER, DATE,
            HIJRI_DATE, BENEFICIARY_NAME, SERVICE_NAME);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})\\}");

    private Placeholders() {
    }

    /** The placeholders in the text that are not {@link #KNOWN}, each once, in order of appearance. */
    public static Set<String> unknownIn(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** The text with each placeholder that has a value replaced by it; the rest stay as written. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        return PLACEHOLDER.matcher(text).replaceAll(match -> {
            String value = values.get(match.group(1));
            return Matcher.quoteReplacement(value != null ? value : match.group());
        });
    }
}
