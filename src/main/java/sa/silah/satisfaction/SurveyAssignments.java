package sa.silah.satisfaction;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyAssignments extends JpaRepository<SurveyAssignment, Long> {
}
