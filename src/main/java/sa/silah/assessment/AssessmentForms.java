package sa.silah.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentForms extends JpaRepository<AssessmentForm, UUID> {

    Optional<AssessmentForm> findByCodeAndCurrentTrue(String code);

    List<AssessmentForm> findByCurrentTrueOrderByCode();

    List<AssessmentForm> findByCodeOrderByVersionNoDesc(String code);

    Page<AssessmentForm> findByCodeOrderByVersionNoDesc(String code, Pageable pageable);

    boolean existsByCode(String code);
}
