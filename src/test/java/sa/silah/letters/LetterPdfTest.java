package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;

import com.ibm.icu.text.Bidi;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import sa.silah.shared.Dates;
import sa.silah.shared.PrintedLines;

class LetterPdfTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The joining stroke of "هـ" (the Hijri year's mark) has no presentation forms of its own. */
    private static final int TATWEEL = 0x0640;

    private static LetterPdf pdf;

    @BeforeAll
    static void printer() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        pdf = new LetterPdf(messages, new Dates(), "جمعية البر الأهلية");
    }

    @Test
    void theFontDrawsEveryArabicPresentationFormThatShapingEmits() throws IOException {
        List<Integer> missing = new ArrayList<>();
        try (InputStream in = new ClassPathResource(LetterPdf.FONT).getInputStream();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            var cmap = font.getUnicodeCmapLookup();
            String everyLetterInEveryPosition = allArabicLettersJoined();
            PrintedLines.shaped(everyLetterInEveryPosition).codePoints()
                    .filter(c -> c != ' ' && cmap.getGlyphId(c) == 0).forEach(missing::add);
            for (int c = 0xFE80; c <= 0xFEFC; c++) {
                if (Character.isDefined(c) && cmap.getGlyphId(c) == 0) {
                    missing.add(c);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void printsShapedArabicThatReadsBackAsTheLetter() throws IOException {
        List<String> visualLines = drawnLines(pdf.render(arabicLetter()));
        String drawn = String.join("", visualLines);

        assertThat(drawn.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
                .as("presentation forms among the glyphs drawn").isGreaterThan(50);
        assertThat(drawn.codePoints().filter(c -> c >= 0x0621 && c <= 0x064A && c != TATWEEL).count())
                .as("unshaped Arabic letters among the glyphs drawn").isZero();
        // Drawn left to right: the number first, then the label's letters from its last to its first.
        assertThat(visualLines).map(LetterPdfTest::nfkc).contains("OUT-1448-0003 :مقرلا");
        assertThat(visualLines).map(LetterPdfTest::logical).contains("جمعية البر الأهلية", "الرقم: OUT-1448-0003",
                "إلى: سارة بنت فهد العتيبي", "الموضوع: الرد على طلبكم رقم REQ-1448-000042",
                "السلام عليكم ورحمة الله وبركاته، وبعد:", "وتقبلوا خالص التحية والتقدير.");
        assertThat(visualLines).map(LetterPdfTest::logical)
                .anyMatch(line -> line.startsWith("فإشارة إلى طلبكم رقم REQ-1448-000042 بشأن السلة الغذائية"));
    }

    /** The PDF's text as drawn: each line's glyphs from left to right, as the reader's eye meets them. */
    private static List<String> drawnLines(byte[] printed) throws IOException {
        Map<Integer, List<TextPosition>> byLine = new TreeMap<>(Comparator.reverseOrder());
        try (PDDocument document = Loader.loadPDF(printed)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    byLine.computeIfAbsent(Math.round(glyph.getYDirAdj() * -1), y -> new ArrayList<>()).add(glyph);
                }
            }.getText(document);
        }
        return byLine.values().stream().map(glyphs -> glyphs.stream()
                .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
                .map(TextPosition::getUnicode).collect(Collectors.joining())).toList();
    }

    /**
     * A drawn line back in logical order, by ICU's inverse bidi algorithm (visual to logical, brackets
     * mirrored back), and its presentation forms folded back to letters by NFKC.
     */
    private static String logical(String visual) {
        Bidi inverse = new Bidi();
        inverse.setReorderingMode(Bidi.REORDER_INVERSE_NUMBERS_AS_L);
        inverse.setPara(visual, Bidi.RTL, null);
        return nfkc(inverse.writeReordered(Bidi.DO_MIRRORING)).strip();
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Test
    void rendersTheFirstPageForPeopleToLookAt() throws IOException {
        byte[] printed = pdf.render(arabicLetter());
        try (PDDocument document = Loader.loadPDF(printed)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(page, "png", SCREENSHOTS.resolve("letter-ar.png").toFile());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(page.getWidth()).isGreaterThan(800);
        }
    }

    @Test
    void aLongLetterContinuesOnANewPage() throws IOException {
        Letter letter = letter("ar", "سطر من نص طويل يتكرر. ".repeat(40).concat("\n").repeat(12));
        try (PDDocument document = Loader.loadPDF(pdf.render(letter))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void anEnglishLetterHasEnglishLabelsAndReadsLeftToRight() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(letter("en", "Dear Sara,\nYour request is approved.")))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Number: OUT-1448-0003").contains("Subject: ").contains("Dear Sara,");
        }
    }

    private static Letter arabicLetter() {
        return letter("ar", """
                المكرم/ سارة بنت فهد العتيبي المحترمة
                السلام عليكم ورحمة الله وبركاته، وبعد:
                فإشارة إلى طلبكم رقم REQ-1448-000042 بشأن السلة الغذائية، نفيدكم بأن الجمعية درست الطلب ووافقت عليه، وسيُسلَّم لكم خلال خمسة أيام عمل (من الأحد إلى الخميس) في مقر الجمعية.

                وتقبلوا خالص التحية والتقدير.""");
    }

    private static Letter letter(String language, String body) {
        return Letter.register(new Letter.Content(LetterDirection.OUTGOING, LocalDate.of(2026, 11, 26),
                "سارة بنت فهد العتيبي", "الرد على طلبكم رقم REQ-1448-000042", body, language, "REQUEST_REPLY", null,
                null), new LetterNumber(LetterDirection.OUTGOING, 1448, 3), "officer", Instant.parse("2026-11-26T09:00:00Z"));
    }

    /** Each Arabic letter alone, at the start, in the middle and at the end of a word. */
    private static String allArabicLettersJoined() {
        StringBuilder text = new StringBuilder();
        for (int c = 0x0621; c <= 0x064A; c++) {
            if (Character.isLetter(c) && c != 0x0640) {
                String letter = Character.toString(c);
                text.append(letter).append(' ').append(letter).append("ب ب").append(letter).append("ب ب").append(letter).append(' ');
            }
        }
        return text.append("لا لأ لإ لآ بلا").toString();
    }
}
