package sa.silah.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased so that the same address is always stored and found the same
 * way. The check is deliberately loose (one @, a dot in the domain): only delivery proves an address.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()
                || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("validation.email", "Not an email address");
        }
    }

    public static EmailAddress parse(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
