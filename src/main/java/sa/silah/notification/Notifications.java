package sa.silah.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface Notifications extends JpaRepository<Notification, UUID>, JpaSpecificationExecutor<Notification> {

    boolean existsByDedupKeyAndChannelAndRecipient(String dedupKey, NotificationChannel channel, String recipient);

    @Query("select n.id from Notification n where n.status = 'PENDING' and n.nextAttemptAt <= :now order by n.nextAttemptAt")
    List<UUID> due(Instant now, Pageable limit);

    /**
     * Claims a due message for one sender: moves its next attempt to the end of the lease and notes when the attempt
     * started; answers 1 if claimed.
     */
    @Transactional
    @Modifying
    @Query("""
            update Notification n set n.nextAttemptAt = :lease, n.claimedAt = :now, n.version = n.version + 1
            where n.id = :id and n.status = 'PENDING' and n.nextAttemptAt <= :now""")
    int claim(UUID id, Instant now, Instant lease);

    /** Moves the texts to phones that came due in quiet hours to the morning, one-time codes excepted. */
    @Transactional
    @Modifying
    @Query("""
            update Notification n set n.nextAttemptAt = :morning, n.version = n.version + 1
            where n.status = 'PENDING' and n.nextAttemptAt <= :now and n.templateKey <> :exempt
              and n.channel in (sa.silah.notification.NotificationChannel.SMS, sa.silah.notification.NotificationChannel.WHATSAPP)""")
    int deferToMorning(Instant now, Instant morning, TemplateKey exempt);

    /**
     * Fails the messages of this kind whose lease ran out with an attempt started and no outcome recorded (the node
     * died between calling the provider and recording it): the provider may have sent them, so they are not tried
     * again.
     */
    @Transactional
    @Modifying
    @Query("""
            update Notification n set n.status = sa.silah.notification.MessageStatus.FAILED, n.lastError = :error,
                n.claimedAt = null, n.version = n.version + 1
            where n.templateKey = :key and n.status = 'PENDING' and n.claimedAt is not null and n.nextAttemptAt <= :now""")
    int failUnknownOutcomes(TemplateKey key, Instant now, String error);

    /** Gives up the messages of one origin (their dedup key's prefix) that no sender has claimed yet. */
    @Transactional
    @Modifying
    @Query("""
            update Notification n set n.status = sa.silah.notification.MessageStatus.FAILED, n.lastError = :error,
                n.version = n.version + 1
            where n.templateKey = :key and n.dedupKey like :prefix and n.status = 'PENDING' and n.claimedAt is null""")
    int withdraw(TemplateKey key, String prefix, String error);

    Optional<Notification> findFirstByDedupKeyAndChannelAndRecipient(String dedupKey, NotificationChannel channel,
            String recipient);

    /**
     * The message a provider reports on, locked: WhatsApp sends a message's statuses in quick succession and their
     * listeners run side by side, so each waits for the previous one instead of failing on the version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Notification> findByProviderMessageId(String providerMessageId);

    Page<Notification> findByRequestRefOrderByCreatedAtDesc(String requestRef, Pageable pageable);

    List<Notification> findByRequestRefInAndStaffUsernameIsNullOrderByCreatedAtDesc(Collection<String> requestRefs);

    Page<Notification> findByStaffUsernameAndChannelOrderByCreatedAtDesc(String staffUsername,
            NotificationChannel channel, Pageable pageable);

    long countByStaffUsernameAndChannelAndReadAtIsNull(String staffUsername, NotificationChannel channel);

    List<Notification> findByStaffUsernameAndChannelAndReadAtIsNull(String staffUsername, NotificationChannel channel);
}
