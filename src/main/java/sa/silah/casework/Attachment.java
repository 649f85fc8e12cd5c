package sa.silah.casework;

import java.text.Normalizer;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a request. The row keeps what the uploader called the file only as a label; the file
 * itself lies in the attachment storage under a name the server made ({@code storedName}), and its content
 * type is the one recognised from its content.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    static final int MAX_FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    private UUID requestId;

    private String fileName;

    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String storedName;

    private String uploadedBy;

    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(UUID requestId, String fileName, String contentType, long size, String storedName, String uploadedBy,
            Instant uploadedAt) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * The uploader's file name made safe to keep and show: without any folder part, control or bidi
     * override characters (which can make {@code fdp.exe} read as {@code exe.pdf}), and at most 255
     * characters, keeping the extension when it has to shorten.
     */
    static String cleanFileName(String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c)).forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        if (name.length() <= MAX_FILE_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return truncate(name.substring(0, name.length() - extension.length()),
                MAX_FILE_NAME_LENGTH - extension.length()).strip() + extension;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** At most this many UTF-16 units, never splitting a surrogate pair. */
    private static String truncate(String text, int length) {
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    /** The size in bytes. */
    public long getSize() {
        return size;
    }

    String getStoredName() {
        return storedName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
