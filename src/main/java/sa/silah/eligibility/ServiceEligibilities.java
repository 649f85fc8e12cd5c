package sa.silah.eligibility;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceEligibilities extends JpaRepository<ServiceEligibility, Long> {
}
