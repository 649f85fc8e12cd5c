package sa.silah.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds Arabic (and Latin) text to a search key, so that the different ways people type the same name compare
 * equal: {@code أحمد} and {@code احمد}, {@code فاطمة} and {@code فاطمه}, {@code عبد الله} and {@code عبدالله}.
 *
 * <p>{@link #normalize} applies, in this order (after Lucene's {@code ArabicNormalizer}, extended):
 * <ol>
 *   <li>removes tashkeel (U+064B–U+0652, U+0670), tatweel (U+0640) and invisible formatting characters such as
 *       the right-to-left mark and zero-width joiners;</li>
 *   <li>folds alef forms {@code أ إ آ ٱ} to {@code ا}, ta marbuta {@code ة} to {@code ه}, alef maqsura {@code ى}
 *       to {@code ي}, and, beyond Lucene, the hamza seats {@code ئ} to {@code ي} and {@code ؤ} to {@code و}
 *       (names are written {@code عائشة} and {@code عايشة} alike), Arabic-Indic ({@code ٠-٩}) and Extended Arabic-Indic ({@code ۰-۹}) digits to ASCII, and letters
 *       to lower case, one code point at a time and independent of locale;</li>
 *   <li>turns every run of characters that are neither letters nor digits into a single space and trims;</li>
 *   <li>joins the word {@code عبد} to the word after it, because compound names are written both ways.</li>
 * </ol>
 * The result contains only letters, digits and single spaces between words, and normalising it again changes
 * nothing. It is a search key, not text to display.
 */
public final class ArabicText {

    private static final String ABD = "عبد";
    /** {@code عبد} as a whole word followed by another word: start of text or a space before it, a space after. */
    private static final Pattern ABD_BEFORE_WORD = Pattern.compile("(?<![^ ])" + ABD + " ");
    private static final Pattern NON_WORD_RUN = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private ArabicText() {
    }

    /** The search key for {@code text}; {@code ""} for {@code null}. See the class comment for the rules. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return joinAbdCompounds(separateWords(foldCharacters(text)));
    }

    /** The words of the search key for {@code text}; empty when it has none. */
    public static List<String> tokens(String text) {
        String normalized = normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /**
     * {@code text} with Arabic-Indic and Extended Arabic-Indic digits replaced by ASCII digits and everything else
     * kept, for parsers of numbers that people type on Arabic keyboards.
     */
    public static String toAsciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.codePoints().map(ArabicText::toAsciiDigit).forEach(ascii::appendCodePoint);
        return ascii.toString();
    }

    private static String foldCharacters(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints()
                .filter(codePoint -> !isDroppable(codePoint))
                .map(ArabicText::foldLetter)
                .map(ArabicText::toAsciiDigit)
                // Character-wise lower-casing never depends on the locale and maps one code point to one, so
                // "İbrahim" becomes "ibrahim" rather than gaining a combining dot.
                .map(Character::toLowerCase)
                .forEach(folded::appendCodePoint);
        return folded.toString();
    }

    /**
     * Diacritics and tatweel are optional in writing; formatting characters are invisible and copy-paste leaves them
     * inside words. None of them should split a word or stop two spellings from matching.
     */
    private static boolean isDroppable(int codePoint) {
        return (codePoint >= 0x064B && codePoint <= 0x0652)
                || codePoint == 0x0670
                || codePoint == 0x0640
                || Character.getType(codePoint) == Character.FORMAT;
    }

    private static int foldLetter(int codePoint) {
        return switch (codePoint) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            default -> codePoint;
        };
    }

    private static int toAsciiDigit(int codePoint) {
        if (codePoint >= '٠' && codePoint <= '٩') {
            return '0' + (codePoint - '٠');
        }
        if (codePoint >= '۰' && codePoint <= '۹') {
            return '0' + (codePoint - '۰');
        }
        return codePoint;
    }

    private static String separateWords(String text) {
        return NON_WORD_RUN.matcher(text).replaceAll(" ").trim();
    }

    private static String joinAbdCompounds(String words) {
        return ABD_BEFORE_WORD.matcher(words).replaceAll(ABD);
    }
}
