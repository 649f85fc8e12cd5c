package sa.silah.beneficiary;

import java.util.regex.Pattern;

import sa.silah.shared.ArabicText;
import sa.silah.shared.InvalidValueException;

/**
 * A Saudi national ID (first digit 1, citizen) or iqama number (first digit 2, resident).
 *
 * <p>The value is exactly ten ASCII digits, starts with 1 or 2, and passes the Luhn check over all ten digits.
 * The constructor refuses anything else with an {@link InvalidValueException} whose key names the first rule
 * broken, checked in this order: {@code nationalId.invalid.length} (not ten ASCII digits),
 * {@code nationalId.invalid.prefix} (first digit not 1 or 2), {@code nationalId.invalid.checksum} (Luhn check fails).
 * Use {@link #of} for what people type.
 */
public record NationalId(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");

    // The messages leave the number out: it is personal data, and exception messages end up in logs.
    public NationalId {
        requireTenDigits(value);
        requireCitizenOrResidentPrefix(value);
        requireLuhnChecksum(value);
    }

    /**
     * Reads a number as typed: surrounding and inner spaces are ignored and Arabic-Indic or Extended Arabic-Indic
     * digits count as digits.
     *
     * @throws InvalidValueException as the constructor does; {@code null} and blank input break the length rule
     */
    public static NationalId of(String raw) {
        return new NationalId(raw == null ? null : WHITESPACE.matcher(ArabicText.toAsciiDigits(raw)).replaceAll(""));
    }

    /** Whether {@link #of} accepts {@code raw}. */
    public static boolean isValid(String raw) {
        try {
            of(raw);
            return true;
        } catch (InvalidValueException refused) {
            return false;
        }
    }

    /**
     * The Luhn check digit for nine ASCII digits: appended to them it makes a ten-digit number that passes the
     * checksum. The result is a valid {@code NationalId} only when the first digit is 1 or 2; for other first digits
     * it makes numbers that fail only the prefix rule, which is what tests of that rule need.
     *
     * @throws IllegalArgumentException unless {@code firstNineDigits} is exactly nine ASCII digits
     */
    public static String checkDigitFor(String firstNineDigits) {
        if (firstNineDigits == null || !NINE_DIGITS.matcher(firstNineDigits).matches()) {
            throw new IllegalArgumentException("Expected exactly nine ASCII digits");
        }
        int sum = 0;
        for (int position = 0; position < 9; position++) {
            int digit = firstNineDigits.charAt(position) - '0';
            // Luhn doubles every second digit counting leftwards from the check digit; in a ten-digit number those
            // are the even positions from the left.
            sum += position % 2 == 0 ? sumOfDigitsOfDouble(digit) : digit;
        }
        return String.valueOf((10 - sum % 10) % 10);
    }

    /** Whether the holder is a citizen (national ID) rather than a resident (iqama). */
    public boolean isCitizen() {
        return value.charAt(0) == '1';
    }

    @Override
    public String toString() {
        return value;
    }

    private static void requireTenDigits(String value) {
        if (value == null || !TEN_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("nationalId.invalid.length",
                    "A national ID or iqama number has exactly ten digits");
        }
    }

    private static void requireCitizenOrResidentPrefix(String value) {
        char first = value.charAt(0);
        if (first != '1' && first != '2') {
            throw new InvalidValueException("nationalId.invalid.prefix",
                    "A national ID starts with 1 and an iqama number with 2");
        }
    }

    private static void requireLuhnChecksum(String value) {
        if (!checkDigitFor(value.substring(0, 9)).equals(value.substring(9))) {
            throw new InvalidValueException("nationalId.invalid.checksum",
                    "The national ID or iqama number fails its check digit");
        }
    }

    private static int sumOfDigitsOfDouble(int digit) {
        int doubled = digit * 2;
        return doubled > 9 ? doubled - 9 : doubled;
    }
}
