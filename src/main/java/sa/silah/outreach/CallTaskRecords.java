package sa.silah.outreach;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallTaskRecords extends JpaRepository<CallTask, UUID> {

    List<CallTask> findByBeneficiaryId(UUID beneficiaryId);
}
