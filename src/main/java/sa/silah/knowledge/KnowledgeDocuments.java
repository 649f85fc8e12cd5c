package sa.silah.knowledge;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeDocuments extends JpaRepository<KnowledgeDocument, Long> {

    Page<KnowledgeDocument> findByVisibilityOrderByYearDescIdDesc(Visibility visibility, Pageable pageable);

    Page<KnowledgeDocument> findAllByOrderByYearDescIdDesc(Pageable pageable);
}
