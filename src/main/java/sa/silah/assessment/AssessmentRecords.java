package sa.silah.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRecords extends JpaRepository<Assessment, UUID> {

    Page<Assessment> findByBeneficiaryIdOrderByAssessedAtDesc(UUID beneficiaryId, Pageable pageable);

    Optional<Assessment> findFirstByBeneficiaryIdAndStatusOrderByVerifiedAtDesc(UUID beneficiaryId,
            AssessmentStatus status);

    List<Assessment> findByBeneficiaryId(UUID beneficiaryId);

    Page<Assessment> findByStatusOrderByAssessedAtAsc(AssessmentStatus status, Pageable pageable);

    /**
     * Verified assessments lapsing in {@code [from, to]} that were not yet reminded, each the latest verified one of
     * its beneficiary.
     */
    @Query("""
            select a from Assessment a where a.status = :status and a.reminderSentAt is null
            and a.validUntil >= :from and a.validUntil <= :to
            and not exists (select 1 from Assessment newer where newer.beneficiaryId = a.beneficiaryId
                and newer.status = :status and newer.verifiedAt > a.verifiedAt)
            order by a.validUntil, a.id""")
    List<Assessment> lapsingUnreminded(@Param("status") AssessmentStatus status, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);
}
