package sa.silah.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    List<Registration> findByBeneficiaryIdOrderByRegisteredAtDesc(UUID beneficiaryId);

    /** An activity's registrants holding a place or waiting for one, in the order they came. */
    Page<Registration> findByActivityIdAndStatusInOrderByRegisteredAtAscIdAsc(UUID activityId,
            Collection<RegistrationStatus> statuses, Pageable pageable);

    /**
     * Registrants holding a place in a published activity that starts after {@code now} and by {@code until}, not yet
     * reminded: the soonest activity first.
     */
    @Query("""
            select r.id as id, r.activityId as activityId, r.beneficiaryId as beneficiaryId from Registration r, Activity a
            where a.id = r.activityId and r.status = 'REGISTERED' and r.remindedAt is null and a.status = 'PUBLISHED'
            and a.startsAt > :now and a.startsAt <= :until order by a.startsAt, r.id""")
    List<Unreminded> unreminded(Instant now, Instant until, Pageable batch);

    /** Marks the reminder sent unless it was already: answers 1 for the caller that marked it, 0 for any other. */
    @Modifying(flushAutomatically = true)
    @Query("update Registration r set r.remindedAt = :at where r.id = :id and r.remindedAt is null")
    int markReminded(UUID id, Instant at);

    interface Unreminded {
        UUID getId();

        UUID getActivityId();

        UUID getBeneficiaryId();
    }

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
