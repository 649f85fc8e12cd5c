package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

class PrintedLinesTest {

    private static final IntPredicate EVERYTHING_DRAWABLE = codePoint -> true;

    @Test
    void shapesArabicLettersIntoTheirJoinedForms() {
        // سلام: seen initial, lam-alef ligature (final), meem isolated.
        assertThat(PrintedLines.shaped("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(Normalizer.normalize(PrintedLines.shaped("سلام"), Normalizer.Form.NFKC)).isEqualTo("سلام");
    }

    @Test
    void putsAnArabicLineInVisualOrderRightToLeft() {
        List<PrintedLine> lines = PrintedLines.of("بسم الله", true, 1000, String::length, EVERYTHING_DRAWABLE);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).rightToLeft()).isTrue();
        String visual = lines.get(0).visual();
        // Drawn left to right, the last word comes first and each word's letters are reversed.
        assertThat(nfkc(new StringBuilder(visual).reverse().toString())).isEqualTo("بسم الله");
        assertThat(visual).doesNotContain("ب").doesNotContain("س");
    }

    @Test
    void keepsLatinNumbersReadingLeftToRightInsideArabic() {
        String visual = PrintedLines.of("الرقم: OUT-1448-0001 بتاريخ اليوم", true, 1000, String::length,
                EVERYTHING_DRAWABLE).get(0).visual();
        assertThat(visual).contains("OUT-1448-0001");
        // The first Arabic word of the logical text is at the right end of the drawn line.
        assertThat(nfkc(visual)).endsWith(":" + reversed("الرقم"));
        assertThat(nfkc(visual)).startsWith(reversed("اليوم"));
    }

    @Test
    void mirrorsBracketsInRightToLeftText() {
        String visual = PrintedLines.of("الموعد (غدًا)", true, 1000, String::length, EVERYTHING_DRAWABLE).get(0).visual();
        // The bracket group is drawn at the left; unmirrored, it would read ")…(".
        assertThat(visual).matches("\\(.+\\) .+");
    }

    @Test
    void anEnglishParagraphRunsLeftToRight() {
        PrintedLine line = PrintedLines.of("Dear Sara, your request REQ-1448-000001", true, 1000, String::length,
                EVERYTHING_DRAWABLE).get(0);
        assertThat(line.rightToLeft()).isFalse();
        assertThat(line.visual()).isEqualTo("Dear Sara, your request REQ-1448-000001");
    }

    @Test
    void aParagraphWithoutLettersTakesTheLettersDirection() {
        assertThat(PrintedLines.of("- 1", true, 1000, String::length, EVERYTHING_DRAWABLE).get(0).rightToLeft()).isTrue();
        assertThat(PrintedLines.of("- 1", false, 1000, String::length, EVERYTHING_DRAWABLE).get(0).rightToLeft()).isFalse();
    }

    @Test
    void breaksLinesAtSpacesByMeasuredWidthKeepingTheWordOrder() {
        String paragraph = "فإشارة إلى طلبكم نفيدكم بأن الجمعية درست الطلب وأن نتيجته كما يلي";
        List<PrintedLine> lines = PrintedLines.of(paragraph, true, 20, String::length, EVERYTHING_DRAWABLE);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.visual().length()).isLessThanOrEqualTo(20));
        String logicalAgain = String.join(" ", lines.stream().map(line -> reversed(nfkc(line.visual()))).toList());
        assertThat(logicalAgain).isEqualTo(paragraph);
    }

    @Test
    void breaksAWordTooLongForAnyLine() {
        List<PrintedLine> lines = PrintedLines.of("abcdefghij", false, 4, String::length, EVERYTHING_DRAWABLE);
        assertThat(lines).extracting(PrintedLine::visual).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void replacesWhatTheFontCannotDrawAndDropsInvisibleCharacters() {
        String visual = PrintedLines.of("a\u200Fb\u2603c", false, 1000, String::length, codePoint -> codePoint != 0x2603)
                .get(0).visual();
        assertThat(visual).isEqualTo("ab?c");
    }

    @Test
    void anEmptyParagraphIsOneEmptyLine() {
        assertThat(PrintedLines.of("", true, 100, String::length, EVERYTHING_DRAWABLE))
                .containsExactly(new PrintedLine("", true));
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }
}
