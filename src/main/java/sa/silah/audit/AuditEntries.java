package sa.silah.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append-only: entries are saved and read, never changed or deleted (no such method exists here). */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(String subjectType, String subjectId,
            Pageable pageable);
}
