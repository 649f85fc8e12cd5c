package sa.silah.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.FileStore;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.shared.ScanType;
import sa.silah.shared.UploadedFileName;

/**
 * The evidence documents of assessments. A file is in place before its row is written and removed again if that
 * transaction does not commit; an erased file goes only once the erasure commits. No row points at nothing.
 */
@Component
class EvidenceFiles {

    private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

    private final EvidenceRecords records;
    private final EvidenceStorage storage;

    EvidenceFiles(EvidenceRecords records, EvidenceStorage storage) {
        this.records = records;
        this.storage = storage;
    }

    /**
     * Stores each document for its question, which must ask for evidence, and, if sensitive, only with consent to
     * sensitive data; a refused file is a problem on the field {@code evidence[code]}, all of them at once.
     */
    void attach(Assessment assessment, AssessmentDefinition definition, Map<String, EvidenceFile> files,
            boolean sensitiveConsented, String uploader, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        files.forEach((code, file) -> {
            AssessmentDefinition.Question question = definition.question(code);
            String field = "evidence[" + code + "]";
            if (question == null || !question.evidence()) {
                problems.add(new FieldProblem(field, "assessment.evidence.notAsked"));
                return;
            }
            if (question.sensitive() && !sensitiveConsented) {
                problems.add(new FieldProblem(field, "assessment.answer.sensitive.noConsent"));
                return;
            }
            try {
                store(assessment.getId(), code, file, uploader, now);
            }
            catch (InvalidFieldsException refused) {
                refused.problems().forEach(problem -> problems.add(new FieldProblem(field, problem.messageKey())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private void store(UUID assessmentId, String code, EvidenceFile file, String uploader, Instant now) {
        FileStore.Stored<ScanType> stored;
        try {
            stored = storage.store(file.content(), now);
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        afterRollback(stored.name());
        String name = UploadedFileName.clean(file.fileName(), code + "." + stored.type().extension());
        records.save(new AssessmentEvidence(assessmentId, code, name, stored.type().mediaType(), stored.size(),
                stored.name(), uploader, now.truncatedTo(ChronoUnit.MICROS)));
    }

    List<AssessmentEvidence> of(UUID assessmentId) {
        return records.findByAssessmentIdOrderByUploadedAtAsc(assessmentId);
    }

    FileDownload open(UUID assessmentId, UUID evidenceId) {
        AssessmentEvidence evidence = records.findByIdAndAssessmentId(evidenceId, assessmentId)
                .orElseThrow(() -> new RecordNotFoundException("assessment evidence", evidenceId));
        Path file = storage.locate(evidence.getStoredName());
        if (!Files.isRegularFile(file)) {
            log.error("The file of evidence {} of assessment {} is missing from the storage: {}", evidenceId,
                    assessmentId, file);
            throw new RecordNotFoundException("assessment evidence", evidenceId);
        }
        return new FileDownload(evidence.getFileName(), evidence.getContentType(), new FileSystemResource(file));
    }

    long maxBytes() {
        return storage.maxBytes();
    }

    /** Deletes the rows now and the files once the deletion commits: the erasure's part. */
    void deleteAll(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return;
        }
        List<AssessmentEvidence> evidence = records.findByAssessmentIdIn(assessmentIds);
        records.deleteAll(evidence);
        records.flush();
        List<String> names = evidence.stream().map(AssessmentEvidence::getStoredName).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                names.forEach(EvidenceFiles.this::deleteQuietly);
            }
        });
    }

    private void afterRollback(String storedName) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(storedName);
                }
            }
        });
    }

    private void deleteQuietly(String storedName) {
        try {
            storage.delete(storedName);
        }
        catch (IOException | RuntimeException failed) {
            log.warn("Could not delete the evidence file {}", storedName, failed);
        }
    }
}
