package sa.silah.casework;

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
