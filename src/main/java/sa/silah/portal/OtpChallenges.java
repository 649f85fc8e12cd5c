package sa.silah.portal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OtpChallenges extends JpaRepository<OtpChallenge, UUID> {

    long countByMobileAndCreatedAtAfter(String mobile, Instant since);

    long countByClientKeyAndCreatedAtAfter(String clientKey, Instant since);

    @Modifying
    @Query("delete from OtpChallenge c where c.createdAt < :before")
    int deleteCreatedBefore(Instant before);
}
