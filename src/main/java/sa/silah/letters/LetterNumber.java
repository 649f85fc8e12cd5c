package sa.silah.letters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's number, {@code IN-1448-0001} or {@code OUT-1448-0001}: its direction, the Umm al-Qura year it
 * was registered in and its place in that year's sequence (at least four digits).
 */
public record LetterNumber(LetterDirection direction, int hijriYear, long sequence) {

    /** The years of Java's Umm al-Qura table. */
    private static final int FIRST_YEAR = 1300;
    private static final int LAST_YEAR = 1600;
    private static final Pattern FORMAT = Pattern.compile("(IN|OUT)-(\\d{4})-(\\d{4,9})");

    public LetterNumber {
        if (direction == null || hijriYear < FIRST_YEAR || hijriYear > LAST_YEAR || sequence < 1) {
            throw new IllegalArgumentException("Not a letter number: " + direction + " " + hijriYear + " " + sequence);
        }
    }

    /** The number as written, or empty when the text is not one (so a page or the API can answer 404). */
    public static Optional<LetterNumber> parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        LetterDirection direction = matcher.group(1).equals("IN") ? LetterDirection.INCOMING : LetterDirection.OUTGOING;
        int year = Integer.parseInt(matcher.group(2));
        long sequence = Long.parseLong(matcher.group(3));
        if (year < FIRST_YEAR || year > LAST_YEAR || sequence < 1) {
            return Optional.empty();
        }
        return Optional.of(new LetterNumber(direction, year, sequence));
    }

    /**
     * The Umm al-Qura year of a day. Java's table covers 1300–1600 AH (1882–2174); a day outside it has no
     * Hijri year to number a letter by, which only a wrong clock could cause, so it fails loudly.
     */
    public static int hijriYearOf(LocalDate day) {
        try {
            return HijrahDate.from(day).get(ChronoField.YEAR);
        }
        catch (DateTimeException outsideUmmAlQura) {
            throw new IllegalStateException("No Umm al-Qura year for " + day + "; is the clock right?", outsideUmmAlQura);
        }
    }

    @Override
    public String toString() {
        return "%s-%d-%04d".formatted(direction.prefix(), hijriYear, sequence);
    }
}
