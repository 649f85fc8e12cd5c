package sa.silah.knowledge;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeEntries extends JpaRepository<KnowledgeEntry, Long> {

    Page<KnowledgeEntry> findByKindOrderByIdDesc(EntryKind kind, Pageable pageable);

    Page<KnowledgeEntry> findByKindAndVisibilityOrderByIdDesc(EntryKind kind, Visibility visibility, Pageable pageable);
}
