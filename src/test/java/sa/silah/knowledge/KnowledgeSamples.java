package sa.silah.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import sa.silah.shared.ArabicPdf;

/** Real Arabic documents made by the tests: a PDF of several pages, and a Word document with a page break. */
final class KnowledgeSamples {

    private KnowledgeSamples() {
    }

    /** A PDF with each text on a page of its own. */
    static byte[] pdf(String title, List<String> pages) {
        return new ArabicPdf().write(title, "صلة", true, sheet -> {
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    sheet.newPage();
                }
                sheet.paragraph(pages.get(i), ArabicPdf.TEXT_SIZE);
            }
        });
    }

    /** A DOCX whose body has these pages, separated by page breaks, each page one paragraph per line. */
    static byte[] docx(List<String> pages) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                body.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
            for (String line : pages.get(i).split("\n")) {
                body.append("<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">")
                        .append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r></w:p>");
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>";
        String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes);
            entry(zip, FileType.DOCX_BODY, document);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
