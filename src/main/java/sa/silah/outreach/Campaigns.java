package sa.silah.outreach;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Campaigns extends JpaRepository<Campaign, UUID> {

    Page<Campaign> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    boolean existsByActivityId(UUID activityId);

    @Query("select c.id from Campaign c where c.status = 'SCHEDULED' and c.scheduledAt <= :now order by c.scheduledAt")
    List<UUID> dueToStart(Instant now);

    @Query("select c.id from Campaign c where c.status = 'RUNNING'")
    List<UUID> running();

    List<Campaign> findByStatusOrderByStartedAtAscIdAsc(CampaignStatus status);
}
