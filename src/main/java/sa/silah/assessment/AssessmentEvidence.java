package sa.silah.assessment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document supporting one answer of an assessment; the file lies in the evidence storage under its stored name. */
@Entity
@Table(name = "assessment_evidence")
public class AssessmentEvidence {

    private static final int MAX_FILE_NAME = 255;

    @Id
    private UUID id;

    private UUID assessmentId;

    private String questionCode;

    private String fileName;

    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String storedName;

    private String uploadedBy;

    private Instant uploadedAt;

    protected AssessmentEvidence() {
    }

    AssessmentEvidence(UUID assessmentId, String questionCode, String fileName, String contentType, long size,
            String storedName, String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessmentId;
        this.questionCode = questionCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The name the uploader's device gave, kept only as a label: no path, no control characters, not too long. */
    static String cleanFileName(String original, String fallback) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    public UUID getId() {
        return id;
    }

    public UUID getAssessmentId() {
        return assessmentId;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

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
