package sa.silah.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import sa.silah.shared.Dates;

/**
 * Puts a reason into words in the reader's language: its message with each argument in words first (numbers plain,
 * days Gregorian and Hijri, names in the reader's language). Pages call it as {@code @eligibilityTexts}.
 */
@Component("eligibilityTexts")
public class EligibilityTexts {

    private final MessageSource messages;
    private final Dates dates;

    EligibilityTexts(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public String text(Reason reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    public String text(Reason reason, Locale locale) {
        return message(reason.messageKey(), reason.arguments(), locale);
    }

    private String message(String key, java.util.List<Object> arguments, Locale locale) {
        Object[] words = arguments.stream().map(argument -> words(argument, locale)).toArray();
        return messages.getMessage(key, words, locale);
    }

    private String words(Object argument, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        if (argument instanceof Wording.Message message) {
            return message(message.key(), message.arguments(), locale);
        }
        if (argument instanceof Wording.Names names) {
            return String.join(english ? ", " : "، ", english ? names.english() : names.arabic());
        }
        if (argument instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (argument instanceof LocalDate day) {
            return dates.date(day, locale);
        }
        return String.valueOf(argument);
    }
}
