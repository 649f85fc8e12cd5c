package sa.silah.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import sa.silah.shared.Dates;

/**
 * An outgoing letter as an A4 PDF: the association's name, the letter's number and date (Gregorian and Hijri),
 * the recipient, the subject, the body and a signature block, in the letter's language. The text goes
 * through {@link PrintedLines} (shaping, line breaking, visual order) and is drawn with the Amiri font,
 * embedded as a subset, whose character map covers the Arabic presentation forms that shaping produces.
 */
@Component
class LetterPdf {

    static final String FONT = "fonts/Amiri-Regular.ttf";

    private static final float MARGIN = 60;
    private static final float HEADING_SIZE = 18;
    private static final float TEXT_SIZE = 13;
    private static final float LEADING = 1.6f;

    private final byte[] font;
    private final MessageSource messages;
    private final Dates dates;
    private final String associationName;

    LetterPdf(MessageSource messages, Dates dates,
            @Value("${silah.association-name:الجمعية الأهلية}") String associationName) throws IOException {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        }
        this.messages = messages;
        this.dates = dates;
        this.associationName = associationName;
    }

    byte[] render(Letter letter) {
        Locale language = Locale.forLanguageTag(letter.getLanguage());
        boolean arabic = !"en".equals(letter.getLanguage());
        try (PDDocument document = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(document, new ByteArrayInputStream(font));
            describe(document, letter);
            Sheet sheet = new Sheet(document, type0, arabic);
            try {
                sheet.centered(associationName, HEADING_SIZE);
                sheet.rule();
                sheet.paragraph(message("letter.pdf.number", language, letter.getNumber()), TEXT_SIZE);
                sheet.paragraph(message("letter.pdf.date", language, dates.date(letter.getLetterDate(), language)), TEXT_SIZE);
                sheet.space();
                sheet.paragraph(message("letter.pdf.to", language, letter.getCorrespondent()), TEXT_SIZE);
                sheet.paragraph(message("letter.pdf.subject", language, letter.getSubject()), TEXT_SIZE);
                sheet.space();
                for (String paragraph : paragraphs(letter.getBody())) {
                    sheet.paragraph(paragraph, TEXT_SIZE);
                }
                sheet.space();
                sheet.space();
                sheet.paragraph(message("letter.pdf.signedFor", language, associationName), TEXT_SIZE);
                sheet.paragraph(message("letter.pdf.signature", language), TEXT_SIZE);
            }
            finally {
                sheet.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void describe(PDDocument document, Letter letter) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(letter.getNumber() + " — " + letter.getSubject());
        information.setAuthor(associationName);
        information.setCreator("Silah");
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    private static List<String> paragraphs(String body) {
        return body == null ? List.of() : List.of(body.replace("\r\n", "\n").replace('\t', ' ').split("\n", -1));
    }

    /** The pages being written: the current page's content, where the next line goes, a new page when full. */
    private static final class Sheet {

        private final PDDocument document;
        private final PDType0Font font;
        private final boolean rightToLeft;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Sheet(PDDocument document, PDType0Font font, boolean rightToLeft) throws IOException {
            this.document = document;
            this.font = font;
            this.rightToLeft = rightToLeft;
            newPage();
        }

        void centered(String text, float size) throws IOException {
            for (PrintedLine line : lines(text, size)) {
                float textWidth = widthOf(line.visual(), size);
                draw(line.visual(), size, MARGIN + (width - textWidth) / 2);
            }
        }

        void paragraph(String text, float size) throws IOException {
            for (PrintedLine line : lines(text, size)) {
                float x = line.rightToLeft() ? MARGIN + width - widthOf(line.visual(), size) : MARGIN;
                draw(line.visual(), size, x);
            }
        }

        void space() {
            y -= TEXT_SIZE * LEADING / 2;
        }

        void rule() throws IOException {
            y -= TEXT_SIZE * 0.5f;
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width, y);
            content.stroke();
            y -= TEXT_SIZE;
        }

        void close() throws IOException {
            content.close();
        }

        private List<PrintedLine> lines(String text, float size) {
            return PrintedLines.of(text, rightToLeft, width, part -> widthOf(part, size), this::drawable);
        }

        private void draw(String visual, float size, float x) throws IOException {
            if (y - size * LEADING < MARGIN) {
                content.close();
                newPage();
            }
            y -= size * LEADING;
            if (visual.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(visual);
            content.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.8f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private float widthOf(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            }
            catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        private boolean drawable(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            }
            catch (IllegalArgumentException | IOException noGlyph) {
                return false;
            }
        }
    }
}
