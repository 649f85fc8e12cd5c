package sa.silah.privacy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DataSubjectRequestRecords
        extends JpaRepository<DataSubjectRequest, UUID>, JpaSpecificationExecutor<DataSubjectRequest> {

    Optional<DataSubjectRequest> findByReference(String reference);

    Page<DataSubjectRequest> findByBeneficiaryIdOrderByReceivedAtDesc(UUID beneficiaryId, Pageable pageable);

    List<DataSubjectRequest> findByBeneficiaryId(UUID beneficiaryId);
}
