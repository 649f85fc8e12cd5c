package sa.silah.satisfaction;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponses extends JpaRepository<SurveyResponse, UUID> {

    List<SurveyResponse> findByRequestId(UUID requestId);
}
