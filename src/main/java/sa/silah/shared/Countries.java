package sa.silah.shared;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names in the reader's language, from ISO 3166 codes. Exposed to templates as {@code @countries}. */
@Component("countries")
public class Countries {

    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return new Locale("", code).getDisplayCountry(LocaleContextHolder.getLocale());
    }
}
