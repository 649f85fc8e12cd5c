package sa.silah.assessment;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import sa.silah.shared.FileStore;
import sa.silah.shared.ScanType;

/**
 * The assessments' evidence documents, under {@code silah.assessment.evidence-directory}, each at most the size of a
 * request's attachment, so that one multipart limit serves every upload.
 */
@Component
class EvidenceStorage extends FileStore<ScanType> {

    EvidenceStorage(@Value("${silah.assessment.evidence-directory}") Path root,
            @Value("${silah.requests.max-attachment-size}") DataSize maxSize) {
        super(root, maxSize, ScanType::detect,
                new Refusals("assessment.evidence.empty", "assessment.evidence.tooLarge", "assessment.evidence.type.refused"));
    }
}
