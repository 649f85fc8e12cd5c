package sa.silah.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Activities extends JpaRepository<Activity, UUID> {

    /** The activity, locked until the transaction ends, so that registrations for it take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Activity a where a.id = :id")
    Optional<Activity> lockById(UUID id);

    /** Staff's list: every activity in a status, or all, the soonest first. */
    @Query("select a from Activity a where (:status is null or a.status = :status) order by a.startsAt, a.id")
    Page<Activity> find(ActivityStatus status, Pageable pageable);

    /** What the public site lists: published, listed publicly, not yet ended, the soonest first. */
    @Query("""
            select a from Activity a where a.publicListing = true and a.status = 'PUBLISHED' and a.endsAt > :now
            order by a.startsAt, a.id""")
    Page<Activity> upcomingPublic(Instant now, Pageable pageable);

    /** Published activities taking registrations now, the soonest first. */
    @Query("""
            select a from Activity a where a.status = 'PUBLISHED' and a.registrationOpensAt <= :now
            and a.registrationClosesAt > :now and a.startsAt > :now order by a.startsAt, a.id""")
    Page<Activity> openForRegistration(Instant now, Pageable pageable);
}
