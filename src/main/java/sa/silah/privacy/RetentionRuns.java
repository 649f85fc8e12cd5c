package sa.silah.privacy;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRuns extends JpaRepository<RetentionRun, Long> {

    @EntityGraph(attributePaths = "rule")
    Page<RetentionRun> findAllByOrderByStartedAtDescIdDesc(Pageable pageable);

    @EntityGraph(attributePaths = "rule")
    Optional<RetentionRun> findWithRuleById(Long id);
}
