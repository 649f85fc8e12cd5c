package sa.silah.knowledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One upload of a document: kept when a newer one replaces it. */
@Entity
@Table(name = "knowledge_document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long documentId;

    private int versionNo;

    private String fileName;

    private String storedName;

    @Enumerated(EnumType.STRING)
    private FileType fileType;

    private long fileSize;

    private int pages;

    private Instant uploadedAt;

    private String uploadedBy;

    protected DocumentVersion() {
    }

    DocumentVersion(long documentId, int versionNo, String fileName, String storedName, FileType fileType,
            long fileSize, int pages, String actor, Instant now) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.fileName = fileName;
        this.storedName = storedName;
        this.fileType = fileType;
        this.fileSize = fileSize;
        this.pages = pages;
        this.uploadedBy = actor;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getFileName() {
        return fileName;
    }

    String getStoredName() {
        return storedName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getFileSize() {
        return fileSize;
    }

    public int getPages() {
        return pages;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
