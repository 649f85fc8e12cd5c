package sa.silah.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document, page by page, for the search index. PDFBox reads a PDF's pages in logical order
 * (right-to-left runs put back in reading order); presentation forms of Arabic letters are folded to the letters
 * by NFKC. A DOCX's body is read from its XML with the JDK alone; its pages are cut where the author put a page
 * break or where Word last laid out a new page, and a body without either is one page.
 */
final class TextExtraction {

    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TextExtraction() {
    }

    static List<String> pages(Path file, FileType type) throws IOException {
        return type == FileType.PDF ? pdfPages(file) : docxPages(file);
    }

    private static List<String> pdfPages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC).strip());
            }
            return pages;
        }
    }

    private static List<String> docxPages(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry(FileType.DOCX_BODY);
            if (body == null) {
                throw new IOException("not a Word document");
            }
            try (InputStream in = zip.getInputStream(body)) {
                return wordPages(in);
            }
        }
    }

    private static List<String> wordPages(InputStream xml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "t" -> page.append(reader.getElementText());
                        case "tab" -> page.append(' ');
                        case "br" -> {
                            if ("page".equals(reader.getAttributeValue(WORD, "type"))) {
                                newPage(pages, page);
                            } else {
                                page.append('\n');
                            }
                        }
                        case "lastRenderedPageBreak" -> newPage(pages, page);
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD.equals(reader.getNamespaceURI())
                        && "p".equals(reader.getLocalName())) {
                    page.append('\n');
                }
            }
        } catch (XMLStreamException broken) {
            throw new IOException("the Word document cannot be read", broken);
        }
        newPage(pages, page);
        return pages.isEmpty() ? List.of("") : pages;
    }

    private static void newPage(List<String> pages, StringBuilder page) {
        String text = page.toString().strip();
        if (!text.isEmpty()) {
            pages.add(text);
        }
        page.setLength(0);
    }
}
