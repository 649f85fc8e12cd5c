package sa.silah.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRecords extends JpaRepository<AssessmentEvidence, UUID> {

    List<AssessmentEvidence> findByAssessmentIdOrderByUploadedAtAsc(UUID assessmentId);

    List<AssessmentEvidence> findByAssessmentIdIn(Collection<UUID> assessmentIds);

    Optional<AssessmentEvidence> findByIdAndAssessmentId(UUID id, UUID assessmentId);
}
