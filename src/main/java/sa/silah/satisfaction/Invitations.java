package sa.silah.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Invitations extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByToken(String token);

    boolean existsByClosureRequestId(UUID requestId);

    boolean existsByActivityRegistrationId(UUID registrationId);

    Optional<Invitation> findFirstByInteractionId(Long interactionId);

    List<Invitation> findByRequestIdOrderByCreatedAtDesc(UUID requestId);

    /** The beneficiary's invitations still waiting for an answer, the newest first. */
    List<Invitation> findByBeneficiaryIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(UUID beneficiaryId,
            Instant now);

    @Query("""
            select i from Invitation i
            where i.answeredAt is null and i.remindedAt is null and i.createdAt <= :sentBefore and i.expiresAt > :now
            order by i.createdAt""")
    List<Invitation> dueForReminder(Instant sentBefore, Instant now, Pageable batch);
}
