package sa.silah.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.ibm.icu.text.Bidi;

import sa.silah.satisfaction.ImprovementDetails;
import sa.silah.satisfaction.ImprovementLog;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

/**
 * The annual report of 2025 for {@link ReportsFixture}'s department, read back with PDFBox: each drawn line put back
 * into logical order, as a screen reader or a search would read it.
 */
@IntegrationTest
class AnnualReportIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Wider than the room between two glyphs of a word, narrower than the padding between two cells. */
    private static final float CELL_GAP = 3;

    @Autowired
    ApplicationContext context;
    @Autowired
    AnnualReport report;
    @Autowired
    ImprovementLog improvements;
    @Autowired
    SatisfactionResults satisfaction;

    ReportsFixture fixture;
    String improvement;

    @BeforeEach
    void knownRequestsAndAnImprovement() {
        fixture = ReportsFixture.in(context);
        improvement = "صار موعد الاستلام يرسل برسالة نصية " + TestData.uniqueWord();
        improvements.create(new ImprovementDetails(improvement, "Pickup times are sent by text message",
                LocalDate.of(2025, 4, 2), fixture.serviceOne.getId()), "test-manager");
    }

    @Test
    void theArabicReportReadsBackInLogicalOrderWithItsHeadingsPeriodAndFigures() throws IOException {
        byte[] pdf = write(ReportPeriod.gregorianYear(2025), Locale.forLanguageTag("ar"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            screenshots(document, "annual-report-ar");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        List<String> drawn = drawnLines(pdf);
        List<String> lines = drawn.stream().map(AnnualReportIT::logical).toList();
        assertThat(lines).contains("التقرير السنوي لعلاقات المستفيدين", "أبرز الأرقام", "الرسوم البيانية",
                "رضا المستفيدين", "قلتم فعملنا", "قنوات التواصل", "الطلبات حسب القناة", "مقصور على: "
                        + fixture.department.name(Locale.forLanguageTag("ar")));
        // Numbers beside numbers read back ambiguously, so the period is compared as it should be drawn instead.
        assertThat(drawn).map(AnnualReportIT::nfkc)
                .contains(visual("1 يناير 2025 – 31 ديسمبر 2025 (1 رجب 1446 هـ – 11 رجب 1447 هـ)"));
        assertThat(lines).as("the headline total of the department's seven requests of 2025").contains("إجمالي الطلبات 7");
        assertThat(lines).anyMatch(line -> line.startsWith("الموقع الإلكتروني"));
        assertThat(lines).anyMatch(line -> line.contains(improvement));
        assertThat(lines).contains("أقل من " + satisfaction.minimumResponses() + " إجابات: الأرقام محجوبة");
        assertThat(lines).anyMatch(line -> line.matches("صفحة 1 من \\d+"));
    }

    @Test
    void aHijriYearInEnglishReadsLeftToRightWithTheHijriDatesFirst() throws IOException {
        byte[] pdf = write(ReportPeriod.hijriYear(1446), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            screenshots(document, "annual-report-en");
            // The font joins "fi" into one glyph, which reads back as a space: the headings are checked without it.
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Annual bene", "relations report", "satisfaction", "You said, we did",
                    "Channels of communication", "Website", "Requests in total 7",
                    "1 Muharram 1446 AH – 29 Dhuʻl-Hijjah 1446 AH (7 July 2024 – 25 June 2025)");
        }
    }

    private byte[] write(ReportPeriod period, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(period, new ReportFilter(fixture.department.getId(), null, null, null, null), locale, out);
        return out.toByteArray();
    }

    /**
     * Each drawn line, its glyphs taken from left to right as drawn, with a space where a gap parts two cells of a
     * table.
     */
    private static List<String> drawnLines(byte[] pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Map<Integer, List<TextPosition>> byLine = new TreeMap<>(Comparator.reverseOrder());
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition glyph) {
                        byLine.computeIfAbsent(Math.round(glyph.getYDirAdj() * -1), y -> new ArrayList<>()).add(glyph);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                byLine.values().forEach(glyphs -> lines.add(drawn(glyphs)));
            }
        }
        return lines;
    }

    private static String drawn(List<TextPosition> glyphs) {
        List<TextPosition> leftToRight = glyphs.stream().sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).toList();
        StringBuilder line = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : leftToRight) {
            if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) > CELL_GAP) {
                line.append(' ');
            }
            line.append(glyph.getUnicode());
            previous = glyph;
        }
        return line.toString();
    }

    /** A logical line as it should be drawn: ICU's bidi algorithm on a right-to-left paragraph. */
    private static String visual(String logical) {
        Bidi bidi = new Bidi();
        bidi.setPara(logical, Bidi.RTL, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** ICU's inverse bidi algorithm (visual to logical), and presentation forms folded back to letters by NFKC. */
    private static String logical(String visual) {
        Bidi inverse = new Bidi();
        inverse.setReorderingMode(Bidi.REORDER_INVERSE_NUMBERS_AS_L);
        inverse.setPara(visual, Bidi.RTL, null);
        return nfkc(inverse.writeReordered(Bidi.DO_MIRRORING)).strip();
    }

    private static void screenshots(PDDocument document, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 80);
            ImageIO.write(image, "png", SCREENSHOTS.resolve(name + "-" + (page + 1) + ".png").toFile());
        }
    }
}
