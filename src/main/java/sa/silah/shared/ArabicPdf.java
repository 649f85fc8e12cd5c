package sa.silah.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes A4 PDFs of Arabic and English text: each paragraph goes through {@link PrintedLines} (shaping, line
 * breaking, visual order) and is drawn with the Amiri font, embedded as a subset, whose character map covers the
 * Arabic presentation forms that shaping produces. Right-to-left lines align right, a new page starts when one is
 * full. Used for letters, for a beneficiary's copy of their data and for the annual report, which also draws
 * ruled tables, horizontal bars and page numbers.
 */
public final class ArabicPdf {

    public static final String FONT = "fonts/Amiri-Regular.ttf";
    public static final float HEADING_SIZE = 18;
    public static final float TEXT_SIZE = 13;

    private static final float MARGIN = 60;
    private static final float LEADING = 1.6f;
    private static final float CELL_PADDING = 4;
    /** The light grey behind a table's header and the colour of bars. */
    private static final float[] HEADER_GREY = { 0.9f, 0.9f, 0.9f };
    private static final float[] BAR_COLOUR = { 0.13f, 0.45f, 0.42f };

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

    /** The line at the foot of each page, given its number and the number of pages. */
    @FunctionalInterface
    public interface Footer {
        String of(int page, int pages);
    }

    /**
     * One document.
     *
     * @param rightToLeft the direction of paragraphs with no strong character to decide
     */
    public byte[] write(String title, String author, boolean rightToLeft, Content content) {
        return write(title, author, rightToLeft, content, null);
    }

    /** One document with a footer, such as its page numbers, drawn on every page once all are written. */
    public byte[] write(String title, String author, boolean rightToLeft, Content content, Footer footer) {
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
            if (footer != null) {
                sheet.footers(footer);
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

        /** Starts a new page unless this much height is left on the current one, to keep a block together. */
        public void keep(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        /** A PNG or JPEG image, centred, scaled to a height. */
        public void image(byte[] image, float height) throws IOException {
            PDImageXObject picture = PDImageXObject.createFromByteArray(document, image, "image");
            float drawnWidth = Math.min(width, picture.getWidth() * height / picture.getHeight());
            float drawnHeight = picture.getHeight() * drawnWidth / picture.getWidth();
            keep(drawnHeight);
            y -= drawnHeight;
            content.drawImage(picture, MARGIN + (width - drawnWidth) / 2, y, drawnWidth, drawnHeight);
        }

        /**
         * A ruled table, its first column at the start of the line (the right in a right-to-left document). A
         * cell too long for its column runs onto more lines; a table longer than the page goes on at the top of
         * the next one under its header again.
         *
         * @param shares each column's share of the width, in the columns' order
         */
        public void table(List<String> header, List<List<String>> rows, float[] shares, float size) throws IOException {
            if (header.size() != shares.length) {
                throw new IllegalArgumentException("one share per column");
            }
            y -= size * (LEADING - 1);
            row(header, shares, size, true);
            for (List<String> row : rows) {
                if (!row(row, shares, size, false)) {
                    row(header, shares, size, true);
                    row(row, shares, size, false);
                }
            }
            y -= size * 0.5f;
        }

        /** Draws a row, or returns false without drawing it after starting a new page for it. */
        private boolean row(List<String> cells, float[] shares, float size, boolean header) throws IOException {
            List<List<PrintedLine>> printed = new ArrayList<>();
            for (int column = 0; column < cells.size(); column++) {
                printed.add(PrintedLines.of(cells.get(column), rightToLeft, shares[column] * width - 2 * CELL_PADDING,
                        part -> widthOf(part, size), this::drawable));
            }
            int lines = printed.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * size * LEADING + CELL_PADDING;
            if (y - height < MARGIN) {
                newPage();
                if (!header) {
                    return false;
                }
            }
            float top = y;
            if (header) {
                content.setNonStrokingColor(HEADER_GREY[0], HEADER_GREY[1], HEADER_GREY[2]);
                content.addRect(MARGIN, top - height, width, height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            float start = 0;
            for (int column = 0; column < printed.size(); column++) {
                float columnWidth = shares[column] * width;
                float left = rightToLeft ? MARGIN + width - start - columnWidth : MARGIN + start;
                float lineY = top;
                for (PrintedLine line : printed.get(column)) {
                    lineY -= size * LEADING;
                    float textWidth = widthOf(line.visual(), size);
                    float x = line.rightToLeft() ? left + columnWidth - CELL_PADDING - textWidth : left + CELL_PADDING;
                    text(line.visual(), size, x, lineY + size * (LEADING - 1));
                }
                start += columnWidth;
            }
            content.addRect(MARGIN, top - height, width, height);
            content.stroke();
            y = top - height;
            return true;
        }

        /**
         * One bar of a horizontal bar chart: its label at the start of the line, then the bar, {@code share} (0–1)
         * of the room left, growing from the start (leftwards in a right-to-left document), and its figure after it.
         */
        public void bar(String label, double share, String figure, float size) throws IOException {
            float labelWidth = width * 0.35f;
            float figureWidth = widthOf("000000", size);
            float room = width - labelWidth - figureWidth - 2 * CELL_PADDING;
            float height = size * LEADING;
            keep(height);
            y -= height;
            PrintedLine labelLine = lines(label, size, labelWidth - CELL_PADDING).get(0);
            PrintedLine figureLine = lines(figure, size, figureWidth).get(0);
            float length = (float) Math.max(0, Math.min(1, share)) * room;
            float barBottom = y + size * 0.1f;
            float barHeight = size * 0.9f;
            float textY = y + size * (LEADING - 1) / 2 + size * 0.1f;
            content.setNonStrokingColor(BAR_COLOUR[0], BAR_COLOUR[1], BAR_COLOUR[2]);
            if (rightToLeft) {
                float barStart = MARGIN + width - labelWidth;
                content.addRect(barStart - length, barBottom, length, barHeight);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                text(labelLine.visual(), size, MARGIN + width - widthOf(labelLine.visual(), size), textY);
                text(figureLine.visual(), size, barStart - length - CELL_PADDING - widthOf(figureLine.visual(), size), textY);
            } else {
                float barStart = MARGIN + labelWidth;
                content.addRect(barStart, barBottom, length, barHeight);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
                text(labelLine.visual(), size, MARGIN, textY);
                text(figureLine.visual(), size, barStart + length + CELL_PADDING, textY);
            }
        }

        private void close() throws IOException {
            content.close();
        }

        /** Each page's footer, centred in the bottom margin. */
        private void footers(Footer footer) throws IOException {
            int pages = document.getNumberOfPages();
            for (int page = 0; page < pages; page++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(page),
                        AppendMode.APPEND, true, true)) {
                    content = foot;
                    float size = TEXT_SIZE * 0.75f;
                    for (PrintedLine line : lines(footer.of(page + 1, pages), size, width)) {
                        text(line.visual(), size, MARGIN + (width - widthOf(line.visual(), size)) / 2, MARGIN / 2);
                    }
                }
            }
        }

        private List<PrintedLine> lines(String text, float size, float maxWidth) {
            return PrintedLines.of(text, rightToLeft, maxWidth, part -> widthOf(part, size), this::drawable);
        }

        private void text(String visual, float size, float x, float baseline) throws IOException {
            if (visual.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(visual);
            content.endText();
        }

        private List<PrintedLine> lines(String text, float size) {
            return lines(text, size, width);
        }

        private void draw(String visual, float size, float x) throws IOException {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            text(visual, size, x, y);
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
