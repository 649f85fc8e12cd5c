package sa.silah.satisfaction;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponses extends JpaRepository<SurveyResponse, UUID> {
}
