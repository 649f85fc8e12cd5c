package sa.silah.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RetentionRules extends JpaRepository<RetentionRule, Long> {

    List<RetentionRule> findAllByOrderByIdAsc();

    Optional<RetentionRule> findByCategory(RetentionCategory category);

    /**
     * Takes the rule's lease for a real run unless another run, on any node, holds one that has not run out.
     *
     * @return 1 when taken
     */
    @Modifying
    @Query(value = "update retention_rule set running_until = :until"
            + " where id = :id and (running_until is null or running_until < :now)", nativeQuery = true)
    int lease(@Param("id") long id, @Param("now") Timestamp now, @Param("until") Timestamp until);

    @Modifying
    @Query(value = "update retention_rule set running_until = null where id = :id", nativeQuery = true)
    int release(@Param("id") long id);

    default boolean lease(long id, Instant now, Instant until) {
        return lease(id, Timestamp.from(now), Timestamp.from(until)) == 1;
    }
}
