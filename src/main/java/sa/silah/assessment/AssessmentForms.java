package sa.silah.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentForms extends JpaRepository<AssessmentForm, UUID> {

    Optional<AssessmentForm> findByCodeAndCurrentTrue(String code);

    List<AssessmentForm> findByCurrentTrueOrderByCode();

    List<AssessmentForm> findByCodeOrderByVersionNoDesc(String code);
}
