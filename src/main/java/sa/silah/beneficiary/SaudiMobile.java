package sa.silah.beneficiary;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import sa.silah.shared.ArabicText;
import sa.silah.shared.InvalidValueException;

/**
 * A Saudi mobile number, held in E.164 form ({@code +9665XXXXXXXX}).
 *
 * <p>Which numbers are Saudi mobiles is libphonenumber's decision (region {@code SA}, a valid number for the region,
 * of type {@code MOBILE}), so the ranges follow its metadata rather than a pattern of our own. The constructor accepts
 * only the canonical E.164 text of such a number; {@link #parse} and {@link #tryParse} read what people type.
 * Refusals are {@link InvalidValueException}s with the key {@code mobile.invalid}.
 */
public record SaudiMobile(String e164) {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    private static final String REGION = "SA";
    private static final String COUNTRY_PREFIX = "+966";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Zs}\\p{Pd}()]");
    /**
     * libphonenumber is lenient: it skips letters, "tel:" prefixes and extensions. We want digits only (after an
     * optional plus), so that a typo is refused instead of silently read as some other number.
     */
    private static final Pattern DIGITS_WITH_OPTIONAL_PLUS = Pattern.compile("\\+?[0-9]+");

    public SaudiMobile {
        if (e164 == null || !canonicalE164(e164).map(e164::equals).orElse(false)) {
            throw invalid();
        }
    }

    /**
     * Reads a number as typed: {@code 05XXXXXXXX}, {@code 5XXXXXXXX}, {@code 9665XXXXXXXX}, {@code +9665XXXXXXXX} or
     * {@code 009665XXXXXXXX}, with spaces, dashes and parentheses anywhere and Arabic-Indic or Extended Arabic-Indic
     * digits counting as digits. Forms that libphonenumber reads as the same number, such as {@code +966 (0)5…}, are
     * accepted too.
     *
     * @throws InvalidValueException with key {@code mobile.invalid} for anything that is not a Saudi mobile number,
     *                               including {@code null}, blank text, letters, landlines and other countries' numbers
     */
    public static SaudiMobile parse(String raw) {
        return tryParse(raw).orElseThrow(SaudiMobile::invalid);
    }

    /** As {@link #parse}, but empty instead of throwing. */
    public static Optional<SaudiMobile> tryParse(String raw) {
        return canonicalE164(raw).map(SaudiMobile::new);
    }

    /** The number as SMS gateways want it: E.164 without the plus, {@code 9665XXXXXXXX}. */
    public String forSms() {
        return e164.substring(1);
    }

    /** The number as dialled inside Saudi Arabia: {@code 05XXXXXXXX}. */
    public String national() {
        return "0" + e164.substring(COUNTRY_PREFIX.length());
    }

    @Override
    public String toString() {
        return e164;
    }

    private static Optional<String> canonicalE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String dialled = SEPARATORS.matcher(ArabicText.toAsciiDigits(raw)).replaceAll("");
        if (!DIGITS_WITH_OPTIONAL_PLUS.matcher(dialled).matches()) {
            return Optional.empty();
        }
        return parseSaudiMobile(dialled).map(number -> PHONE_NUMBERS.format(number, PhoneNumberFormat.E164));
    }

    private static Optional<PhoneNumber> parseSaudiMobile(String dialled) {
        try {
            PhoneNumber number = PHONE_NUMBERS.parse(dialled, REGION);
            boolean saudiMobile = PHONE_NUMBERS.isValidNumberForRegion(number, REGION)
                    && PHONE_NUMBERS.getNumberType(number) == PhoneNumberType.MOBILE;
            return saudiMobile ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    // The number stays out of the message: it is personal data, and exception messages end up in logs.
    private static InvalidValueException invalid() {
        return new InvalidValueException("mobile.invalid", "Not a Saudi mobile number");
    }
}
