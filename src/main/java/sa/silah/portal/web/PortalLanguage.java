package sa.silah.portal.web;

import java.util.Locale;

/** The language of a code's message: the page's, which is Arabic unless the person switched to English. */
final class PortalLanguage {

    private PortalLanguage() {
    }

    static String of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "ar";
    }
}
