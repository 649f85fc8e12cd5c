package sa.silah.satisfaction;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FollowUps extends JpaRepository<FollowUp, UUID>, JpaSpecificationExecutor<FollowUp> {

    List<FollowUp> findByRequestIdOrderByOpenedAtDesc(UUID requestId);
}
