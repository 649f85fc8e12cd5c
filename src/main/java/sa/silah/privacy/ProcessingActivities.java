package sa.silah.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessingActivities extends JpaRepository<ProcessingActivity, Long> {
}
