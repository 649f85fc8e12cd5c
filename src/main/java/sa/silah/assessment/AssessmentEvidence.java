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
