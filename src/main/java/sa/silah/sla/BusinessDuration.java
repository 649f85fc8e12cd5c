package sa.silah.sla;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import sa.silah.shared.InvalidValueException;

/**
 * An amount of business time, such as a service's standard duration. A business day is one full working
 * day of business time: {@value #MINUTES_PER_DAY} minutes, eight hours with the default working hours, so
 * that "one day" means the same amount of work whether or not it is Ramadan. Written as ISO-8601 durations:
 * {@code P1D}, {@code PT4H}, {@code P2DT4H}.
 */
public record BusinessDuration(long minutes) implements Comparable<BusinessDuration> {

    public static final long MINUTES_PER_DAY = 8 * 60;
    public static final BusinessDuration ZERO = new BusinessDuration(0);

    private static final Pattern ISO = Pattern.compile("P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

    public BusinessDuration {
        if (minutes < 0) {
            throw new InvalidValueException("businessDuration.invalid", "A business duration cannot be negative");
        }
    }

    public static BusinessDuration ofDays(long days) {
        return new BusinessDuration(Math.multiplyExact(days, MINUTES_PER_DAY));
    }

    public static BusinessDuration ofHours(long hours) {
        return new BusinessDuration(Math.multiplyExact(hours, 60));
    }

    public static BusinessDuration ofMinutes(long minutes) {
        return new BusinessDuration(minutes);
    }

    /** Reads {@code P1D}, {@code PT4H}, {@code PT30M}, {@code P1DT2H}; days are business days. */
    public static BusinessDuration parse(String iso) {
        Matcher matcher = iso == null ? null : ISO.matcher(iso.strip().toUpperCase(Locale.ROOT));
        if (matcher == null || !matcher.matches() || iso.strip().equalsIgnoreCase("P") || iso.strip().equalsIgnoreCase("PT")) {
            throw new InvalidValueException("businessDuration.invalid", "Not an ISO-8601 duration such as P1D or PT4H");
        }
        try {
            return new BusinessDuration(Math.addExact(Math.addExact(
                    Math.multiplyExact(number(matcher.group(1)), MINUTES_PER_DAY),
                    Math.multiplyExact(number(matcher.group(2)), 60)), number(matcher.group(3))));
        }
        catch (ArithmeticException | NumberFormatException tooLarge) {
            throw new InvalidValueException("businessDuration.invalid", "The duration is too large");
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    public BusinessDuration plus(BusinessDuration other) {
        return new BusinessDuration(Math.addExact(minutes, other.minutes));
    }

    public BusinessDuration minus(BusinessDuration other) {
        return new BusinessDuration(Math.max(0, minutes - other.minutes));
    }

    public Duration toDuration() {
        return Duration.ofMinutes(minutes);
    }

    public boolean isZero() {
        return minutes == 0;
    }

    @Override
    public int compareTo(BusinessDuration other) {
        return Long.compare(minutes, other.minutes);
    }

    /** ISO-8601, whole business days first: {@code P1DT2H}, {@code PT4H}, {@code PT0M}. */
    @Override
    public String toString() {
        long days = minutes / MINUTES_PER_DAY;
        long hours = minutes % MINUTES_PER_DAY / 60;
        long rest = minutes % 60;
        StringBuilder iso = new StringBuilder("P");
        if (days > 0) {
            iso.append(days).append('D');
        }
        if (hours > 0 || rest > 0 || days == 0) {
            iso.append('T');
            if (hours > 0) {
                iso.append(hours).append('H');
            }
            if (rest > 0 || (hours == 0 && days == 0)) {
                iso.append(rest).append('M');
            }
        }
        return iso.toString();
    }
}
