package sa.silah.casework;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Escalations extends JpaRepository<Escalation, Long> {

    Page<Escalation> findByDepartmentIdInAndHandledAtIsNullOrderByCreatedAtAsc(Collection<Long> departmentIds,
            Pageable pageable);

    Page<Escalation> findByHandledAtIsNullOrderByCreatedAtAsc(Pageable pageable);

    Optional<Escalation> findFirstByRequestIdAndHandledAtIsNull(UUID requestId);
}
