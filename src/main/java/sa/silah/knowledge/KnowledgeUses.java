package sa.silah.knowledge;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeUses extends JpaRepository<KnowledgeUse, Long> {

    List<KnowledgeUse> findByRequestIdOrderByUsedAtDesc(UUID requestId);

    boolean existsByEntryId(Long entryId);
}
