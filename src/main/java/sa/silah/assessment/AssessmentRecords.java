package sa.silah.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRecords extends JpaRepository<Assessment, UUID> {

    Page<Assessment> findByBeneficiaryIdOrderByAssessedAtDesc(UUID beneficiaryId, Pageable pageable);

    Optional<Assessment> findFirstByBeneficiaryIdAndStatusOrderByVerifiedAtDesc(UUID beneficiaryId,
            AssessmentStatus status);

    List<Assessment> findByBeneficiaryId(UUID beneficiaryId);

    Page<Assessment> findByStatusOrderByAssessedAtAsc(AssessmentStatus status, Pageable pageable);
}
