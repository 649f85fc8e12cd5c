package sa.silah.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/** The files a document may be uploaded as, told from their content, never from their name. */
public enum FileType {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    static final String DOCX_BODY = "word/document.xml";
    private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** A PDF by its signature; a DOCX as a zip archive holding a Word body. */
    static Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(5);
        }
        if (Arrays.equals(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ZIP_MAGIC)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry(DOCX_BODY) != null ? Optional.of(DOCX) : Optional.empty();
            } catch (IOException notAZip) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
