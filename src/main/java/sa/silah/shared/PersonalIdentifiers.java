package sa.silah.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies one beneficiary who is being erased: their names and those of their household and
 * representatives, their national ID and registration numbers, mobiles and emails, taken before the registry
 * forgets them. A module that keeps free text uses them to blank the places that name the person.
 */
public record PersonalIdentifiers(UUID beneficiaryId, Set<String> names, Set<String> numbers, Set<String> mobiles,
        Set<String> emails) {

    /** What a blanked value reads as, wherever personal data was. */
    public static final String ERASED = "[—]";

    /** The shortest value worth searching for in free text; shorter ones would match unrelated words. */
    private static final int SHORTEST = 3;

    public PersonalIdentifiers {
        names = clean(names);
        numbers = clean(numbers);
        mobiles = clean(mobiles);
        emails = clean(emails);
    }

    /**
     * Every form a free text may hold of these values: names and numbers as they are, emails in any case, and
     * each mobile as +9665…, 9665…, 05… and 5….
     */
    public Set<String> searchTerms() {
        Set<String> terms = new LinkedHashSet<>(names);
        terms.addAll(numbers);
        terms.addAll(emails);
        terms.addAll(mobileForms());
        terms.removeIf(term -> term.length() < SHORTEST);
        return terms;
    }

    /** Each mobile as +9665…, 9665…, 05… and 5…, the forms a column of numbers may hold (WhatsApp drops the plus). */
    public Set<String> mobileForms() {
        Set<String> forms = new LinkedHashSet<>();
        mobiles.forEach(mobile -> forms.addAll(localForms(mobile)));
        return forms;
    }

    /**
     * The same values as a search key holds them ({@link ArabicText#normalize}), to blank the columns that keep a
     * text's normalised form beside the text.
     */
    public PersonalIdentifiers normalized() {
        return new PersonalIdentifiers(beneficiaryId, normalize(names), normalize(numbers), mobiles,
                normalize(emails));
    }

    /** Whether the text names the person by any of their values. */
    public boolean mentionedIn(String text) {
        return text != null && pattern().matcher(text).find();
    }

    /** The text with every mention of the person blanked; {@code null} stays {@code null}. */
    public String blank(String text) {
        if (text == null || searchTerms().isEmpty()) {
            return text;
        }
        return pattern().matcher(text).replaceAll(Matcher.quoteReplacement(ERASED));
    }

    private Pattern pattern() {
        StringBuilder alternatives = new StringBuilder();
        searchTerms().stream().sorted((a, b) -> b.length() - a.length()).forEach(term -> {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(term));
        });
        return Pattern.compile(alternatives.isEmpty() ? "(?!)" : alternatives.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Set<String> localForms(String mobile) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(mobile);
        if (mobile.startsWith("+966")) {
            String national = mobile.substring(4);
            forms.add(mobile.substring(1));
            forms.add("0" + national);
            forms.add(national);
        }
        return forms;
    }

    private static Set<String> normalize(Set<String> values) {
        Set<String> normalized = new LinkedHashSet<>();
        values.forEach(value -> normalized.add(ArabicText.normalize(value)));
        return normalized;
    }

    private static Set<String> clean(Collection<String> values) {
        Set<String> cleaned = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(value -> value != null && !value.isBlank())
                    .map(String::strip)
                    .forEach(cleaned::add);
        }
        return Set.copyOf(cleaned);
    }
}
