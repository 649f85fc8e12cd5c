package sa.silah.activity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, UUID> {

    Optional<Registration> findByActivityIdAndBeneficiaryId(UUID activityId, UUID beneficiaryId);

    long countByActivityIdAndStatus(UUID activityId, RegistrationStatus status);

    /** The first on the waiting list: who registered earliest. */
    Optional<Registration> findFirstByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(UUID activityId,
            RegistrationStatus status);

    /** An activity's registrations in one status, in the order they came. */
    Page<Registration> findByActivityIdAndStatusOrderByRegisteredAtAscIdAsc(UUID activityId,
            RegistrationStatus status, Pageable pageable);

    Page<Registration> findByBeneficiaryIdOrderByRegisteredAtDesc(UUID beneficiaryId, Pageable pageable);

    List<Registration> findByBeneficiaryIdAndActivityIdIn(UUID beneficiaryId, Collection<UUID> activityIds);

    /** Places taken and waiting per activity, in one query for a list of activities. */
    @Query("""
            select r.activityId as activityId, r.status as status, count(r) as registrations from Registration r
            where r.activityId in :activityIds and r.status <> 'CANCELLED' group by r.activityId, r.status""")
    List<StatusCount> countByStatus(Collection<UUID> activityIds);

    interface StatusCount {
        UUID getActivityId();

        RegistrationStatus getStatus();

        long getRegistrations();
    }
}
