package sa.silah.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import sa.silah.sla.BusinessDuration;

/**
 * Says a business duration in words, as a beneficiary reads it: {@code P3D} is "3 أيام عمل" or "3 business
 * days", {@code PT4H} "4 ساعات عمل", {@code P1DT4H} "يوم عمل واحد و4 ساعات عمل". Arabic follows its plural
 * forms (one, two, three to ten, eleven and more), with the texts in the message bundles under
 * {@code service.duration.}. Exposed to templates as {@code @durationWords}.
 */
@Component("durationWords")
public class DurationWords {

    private final MessageSource messages;

    public DurationWords(MessageSource messages) {
        this.messages = messages;
    }

    /** In the reader's language. */
    public String of(BusinessDuration duration) {
        return of(duration, LocaleContextHolder.getLocale());
    }

    public String of(BusinessDuration duration, Locale locale) {
        if (duration == null) {
            return "";
        }
        if (duration.isZero()) {
            return messages.getMessage("service.duration.none", null, locale);
        }
        long minutes = duration.minutes();
        List<String> parts = new ArrayList<>();
        part(parts, "days", minutes / BusinessDuration.MINUTES_PER_DAY, locale);
        part(parts, "hours", minutes % BusinessDuration.MINUTES_PER_DAY / 60, locale);
        part(parts, "minutes", minutes % 60, locale);
        String words = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            words = messages.getMessage("service.duration.join", new Object[] { parts.get(i), words }, locale);
        }
        return words;
    }

    private void part(List<String> parts, String unit, long amount, Locale locale) {
        if (amount > 0) {
            parts.add(messages.getMessage("service.duration." + unit + "." + pluralCategory(amount, locale),
                    new Object[] { Long.toString(amount) }, locale));
        }
    }

    /**
     * The CLDR plural category of a whole number: Arabic has one, two, few (n % 100 in 3..10), many
     * (n % 100 in 11..99) and other (100, 101, 102, ...); English has one and other.
     */
    static String pluralCategory(long amount, Locale locale) {
        if (!"ar".equals(locale.getLanguage())) {
            return amount == 1 ? "one" : "other";
        }
        long lastTwo = amount % 100;
        if (amount == 1) {
            return "one";
        }
        if (amount == 2) {
            return "two";
        }
        if (lastTwo >= 3 && lastTwo <= 10) {
            return "few";
        }
        if (lastTwo >= 11) {
            return "many";
        }
        return "other";
    }
}
