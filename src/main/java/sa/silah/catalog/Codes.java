package sa.silah.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of catalog codes: what other systems and reports refer to, so fixed once created. */
final class Codes {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Codes() {
    }

    /** Trimmed and upper-cased, so {@code food_basket} and {@code FOOD_BASKET} are one code; "" for null. */
    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isValid(String normalized) {
        return CODE.matcher(normalized).matches();
    }
}
