package sa.silah.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, String subjectId,
            Pageable pageable);
}
