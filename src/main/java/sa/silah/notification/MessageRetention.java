package sa.silah.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.PersonalIdentifiers;

/**
 * Retention of old messages: a message sent (or given up on) before the cutoff loses what identifies its
 * recipient and what it said — address, subject, text, parameters, the provider's id (a WhatsApp id encodes the
 * number) and the last error — and keeps what the statistics count: channel, template, language, status, attempts
 * and times. A blanked message's recipient reads {@link PersonalIdentifiers#ERASED}, which is how it is not
 * blanked twice. Each blanked message leaves an entry in the audit trail.
 */
@Service
class MessageRetention {

    /** The audit subject of a blanked message. */
    public static final String SUBJECT = "NOTIFICATION";

    private static final String FINISHED_BEFORE = """
             from notification
            where created_at < :cutoff and status <> 'PENDING' and recipient <> :erased""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MessageRetention(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** How many finished messages created before the cutoff still hold their text. */
    @Transactional(readOnly = true)
    public long countFinishedBefore(Instant cutoff) {
        return jdbc.sql("select count(*)" + FINISHED_BEFORE)
                .param("cutoff", Timestamp.from(cutoff)).param("erased", PersonalIdentifiers.ERASED)
                .query(Long.class).single();
    }

    /** Up to {@code limit} of them, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> finishedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select id" + FINISHED_BEFORE + " order by created_at, id limit :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("erased", PersonalIdentifiers.ERASED)
                .param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * Blanks up to {@code batchSize} of them in this transaction, with their audit entries.
     *
     * @return the messages blanked; fewer than the batch size when none is left
     */
    @Transactional
    public List<UUID> blankFinishedBefore(Instant cutoff, int batchSize) {
        List<UUID> batch = finishedBefore(cutoff, batchSize);
        if (batch.isEmpty()) {
            return batch;
        }
        jdbc.sql("""
                update notification
                   set recipient = :erased, subject = null, body = :erased, parameters = null,
                       provider_message_id = null, last_error = null, version = version + 1
                 where id in (:ids)""")
                .param("erased", PersonalIdentifiers.ERASED).param("ids", batch).update();
        String actor = CurrentActor.name();
        Instant now = Instant.now();
        batch.forEach(id -> events.publishEvent(new RecordChanged(SUBJECT, id.toString(), "BLANKED_BY_RETENTION",
                actor, List.of(new FieldChange("text", null, PersonalIdentifiers.ERASED)), now)));
        return batch;
    }
}
