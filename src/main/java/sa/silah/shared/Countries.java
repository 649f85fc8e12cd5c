package sa.silah.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from ISO 3166 codes. Exposed to templates as {@code @countries}.
 */
@Component("countries")
public class Countries {

    /** A country as a pick list shows it. */
    public record Country(String code, String name) {
    }

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }

    /** Every country by name in the reader's language, Saudi Arabia first. */
    public List<Country> all() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        Stream<Country> others = Stream.of(Locale.getISOCountries()).filter(code -> !"SA".equals(code))
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator));
        return Stream.concat(Stream.of(new Country("SA", name("SA"))), others).toList();
    }
}
