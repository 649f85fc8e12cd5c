package sa.silah.catalog;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A document a beneficiary brings for a service, such as a copy of the national ID. The Arabic name is
 * required; the English one may be left out, and then the Arabic one is shown.
 */
@Embeddable
public record RequiredDocument(String nameAr, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameAr;
    }
}
