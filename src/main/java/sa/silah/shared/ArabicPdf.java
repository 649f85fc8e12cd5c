package sa.silah.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes A4 PDFs of Arabic and English text: each paragraph goes through {@link PrintedLines} (shaping, line
 * breaking, visual order) and is drawn with the Amiri font, embedded as a subset, whose character map covers the
 * Arabic presentation forms that shaping produces. Right-to-left lines align right, a new page starts when one is
 * full. Used for letters and for a beneficiary's copy of their data.
 */
public final class ArabicPdf {

    public static final String FONT = "fonts/Amiri-Regular.ttf";
    public static final float HEADING_SIZE = 18;
    public static final float TEXT_SIZE = 13;

    private static final float MARGIN = 60;
    private static final float LEADING = 1.6f;

    private final byte[] font;

    /** Reads the font once; a writer serves any number of documents. */
    public ArabicPdf() {
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        }
        catch (IOException missing) {
            throw new UncheckedIOException("the PDF font " + FONT + " is missing", missing);
        }
    }

    /** What goes on the pages, written through a {@link Sheet}. */
    @FunctionalInterface
    public interface Content {
        void writeOn(Sheet sheet) throws IOException;
    }

    /**
     * One document.
     *
     * @param rightToLeft the direction of paragraphs with no strong character to decide
     */
    public byte[] write(String title, String author, boolean rightToLeft, Content content) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font type0 = PDType0Font.load(document, new ByteArrayInputStream(font));
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setAuthor(author);
            information.setCreator("Silah");
            Sheet sheet = new Sheet(document, type0, rightToLeft);
            try {
                content.writeOn(sheet);
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

    /** The pages being written: the current page's content, where the next line goes, a new page when full. */
    public static final class Sheet {

        private final PDDocument document;
        private final PDType0Font font;
        private final boolean rightToLeft;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        private Sheet(PDDocument document, PDType0Font font, boolean rightToLeft) throws IOException {
            this.document = document;
            this.font = font;
            this.rightToLeft = rightToLeft;
            startPage();
        }

        public void centered(String text, float size) throws IOException {
            for (PrintedLine line : lines(text, size)) {
                float textWidth = widthOf(line.visual(), size);
                draw(line.visual(), size, MARGIN + (width - textWidth) / 2);
            }
        }

        public void paragraph(String text, float size) throws IOException {
            for (PrintedLine line : lines(text, size)) {
                float x = line.rightToLeft() ? MARGIN + width - widthOf(line.visual(), size) : MARGIN;
                draw(line.visual(), size, x);
            }
        }

        public void space() {
            y -= TEXT_SIZE * LEADING / 2;
        }

        public void rule() throws IOException {
            y -= TEXT_SIZE * 0.5f;
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width, y);
            content.stroke();
            y -= TEXT_SIZE;
        }

        private void close() throws IOException {
            content.close();
        }

        private List<PrintedLine> lines(String text, float size) {
            return PrintedLines.of(text, rightToLeft, width, part -> widthOf(part, size), this::drawable);
        }

        private void draw(String visual, float size, float x) throws IOException {
            if (y - size * LEADING < MARGIN) {
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

        /** Goes on at the top of a new page, as a long text does by itself. */
        public void newPage() throws IOException {
            content.close();
            startPage();
        }

        private void startPage() throws IOException {
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
