package sa.silah.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns a paragraph into the lines a PDF prints, for a PDF library that draws glyphs one after the other
 * from left to right and knows nothing of Arabic: letters are shaped into their joined presentation forms
 * (initial, medial, final, isolated, lam-alef ligatures) with ICU's {@link ArabicShaping}, the paragraph is
 * broken into lines by measured width at spaces, and each line is put into visual (left-to-right) order with
 * ICU's {@link Bidi}, which keeps Latin words and numbers such as {@code OUT-1448-0001} reading left to right
 * inside Arabic text and mirrors brackets.
 * <p>
 * Directions are resolved over the whole paragraph and lines reordered one by one (Unicode's bidi algorithm,
 * rule L1 onwards), so a paragraph keeps one direction across its lines.
 */
public final class PrintedLines {

    private PrintedLines() {
    }

    /**
     * The paragraph's lines, each no wider than {@code maxWidth} as {@code width} measures it (a single word
     * wider than that is broken where it must). Without a strong character to decide, the paragraph takes
     * the document's direction. A character the font cannot draw after shaping becomes a question mark, and
     * invisible formatting characters are dropped: a PDF has no glyph for them.
     */
    public static List<PrintedLine> of(String paragraph, boolean rightToLeftByDefault, double maxWidth, ToDoubleFunction<String> width,
            IntPredicate drawable) {
        String shaped = drawableOnly(shaped(visibleOnly(paragraph)), drawable);
        if (shaped.isBlank()) {
            return List.of(new PrintedLine("", rightToLeftByDefault));
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rightToLeftByDefault ? Bidi.LEVEL_DEFAULT_RTL : Bidi.LEVEL_DEFAULT_LTR, null);
        boolean rightToLeft = bidi.getParaLevel() % 2 == 1;
        List<PrintedLine> lines = new ArrayList<>();
        for (int[] range : breaks(shaped, maxWidth, width)) {
            Bidi line = bidi.setLine(range[0], range[1]);
            lines.add(new PrintedLine(line.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS).strip(), rightToLeft));
        }
        return lines;
    }

    /** Arabic letters in their joined presentation forms, still in logical order. */
    public static String shaped(String logical) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(logical);
        }
        catch (ArabicShapingException impossibleWhenTheLengthMayChange) {
            throw new IllegalStateException(impossibleWhenTheLengthMayChange);
        }
    }

    private static String visibleOnly(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT && !Character.isISOControl(c))
                .forEach(visible::appendCodePoint);
        return visible.toString();
    }

    private static String drawableOnly(String text, IntPredicate drawable) {
        StringBuilder drawn = new StringBuilder(text.length());
        text.codePoints().map(c -> c == ' ' || drawable.test(c) ? c : '?').forEach(drawn::appendCodePoint);
        return drawn.toString();
    }

    /** Greedy line breaking at spaces, on the logical text: where each line starts and where it ends. */
    private static List<int[]> breaks(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = fittingEnd(text, start, maxWidth, width);
            ranges.add(new int[] { start, end });
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return ranges;
    }

    /** Where a line starting here ends: after the last word that fits, or inside a word too long for any line. */
    private static int fittingEnd(String text, int start, double maxWidth, ToDoubleFunction<String> width) {
        int end = start;
        int next = nextWordEnd(text, start);
        while (next > end && width.applyAsDouble(text.substring(start, next)) <= maxWidth) {
            end = next;
            if (end == text.length()) {
                return end;
            }
            next = nextWordEnd(text, end);
        }
        if (end > start) {
            return end;
        }
        int cut = start + Character.charCount(text.codePointAt(start));
        while (cut < text.length() && width.applyAsDouble(text.substring(start, cut + 1)) <= maxWidth) {
            cut += Character.charCount(text.codePointAt(cut));
        }
        return cut;
    }

    /** The end of the word after this position (skipping the spaces before it). */
    private static int nextWordEnd(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        while (at < text.length() && text.charAt(at) != ' ') {
            at++;
        }
        return at;
    }
}
