package sa.silah.casework;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;

/**
 * Retention of the files attached to requests closed long ago: what a cutoff would remove, and the removal, a batch
 * per transaction. The attachments of a request whose beneficiary is under a legal hold are kept (and counted as
 * kept). A removed attachment leaves an entry in the audit trail naming the request and the attachment, never the
 * file's name, which may name the person.
 */
@Service
public class AttachmentRetention {

    /** The audit subject of a removed attachment: its request. */
    public static final String SUBJECT = "REQUEST";

    private static final Logger log = LoggerFactory.getLogger(AttachmentRetention.class);

    private static final String OF_REQUESTS_CLOSED_BEFORE = """
             from attachment a
             join request r on r.id = a.request_id
             left join beneficiary b on b.id = r.beneficiary_id
            where r.closed_at < :cutoff""";
    private static final String NOT_HELD = " and b.legal_hold_reason is null";

    private final JdbcClient jdbc;
    private final AttachmentStorage storage;
    private final ApplicationEventPublisher events;

    AttachmentRetention(JdbcClient jdbc, AttachmentStorage storage, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.events = events;
    }

    /** An attachment the rule reaches: its request's reference number and its own id. */
    public record Expired(String requestReference, UUID attachmentId) {

        @Override
        public String toString() {
            return requestReference + " " + attachmentId;
        }
    }

    /** The attachments of requests closed before the cutoff, and how many of them a legal hold keeps. */
    public record Count(long matched, long held) {
    }

    @Transactional(readOnly = true)
    public Count countOfRequestsClosedBefore(Instant cutoff) {
        return jdbc.sql("select count(*) as matched,"
                        + " coalesce(sum(case when b.legal_hold_reason is null then 0 else 1 end), 0) as held"
                        + OF_REQUESTS_CLOSED_BEFORE)
                .param("cutoff", Timestamp.from(cutoff))
                .query((row, number) -> new Count(row.getLong("matched"), row.getLong("held"))).single();
    }

    /** Up to {@code limit} attachments the rule would remove, those of the longest closed requests first. */
    @Transactional(readOnly = true)
    public List<Expired> ofRequestsClosedBefore(Instant cutoff, int limit) {
        return jdbc.sql("select r.reference_number, a.id" + OF_REQUESTS_CLOSED_BEFORE + NOT_HELD
                        + " order by r.closed_at, a.id limit :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit)
                .query((row, number) -> new Expired(row.getString(1), row.getObject(2, UUID.class))).list();
    }

    /**
     * Removes up to {@code batchSize} attachments of requests closed before the cutoff, rows and audit entries in
     * this transaction; their files go once it commits, so a rolled-back batch never leaves a row without its file.
     *
     * @return the attachments removed; fewer than the batch size when none is left
     */
    @Transactional
    public List<Expired> removeOfRequestsClosedBefore(Instant cutoff, int batchSize) {
        List<Removal> batch = jdbc.sql("select r.reference_number, a.id, a.stored_name" + OF_REQUESTS_CLOSED_BEFORE
                        + NOT_HELD + " order by r.closed_at, a.id limit :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", batchSize)
                .query((row, number) -> new Removal(new Expired(row.getString(1), row.getObject(2, UUID.class)),
                        row.getString(3)))
                .list();
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.sql("delete from attachment where id in (:ids)")
                .param("ids", batch.stream().map(removal -> removal.attachment().attachmentId()).toList()).update();
        String actor = CurrentActor.name();
        Instant now = Instant.now();
        batch.forEach(removal -> events.publishEvent(new RecordChanged(SUBJECT,
                removal.attachment().requestReference(), "ATTACHMENT_REMOVED_BY_RETENTION", actor,
                List.of(new FieldChange("attachment", removal.attachment().attachmentId().toString(), null)), now)));
        deleteFilesAfterCommit(batch.stream().map(Removal::storedName).toList());
        return batch.stream().map(Removal::attachment).toList();
    }

    private record Removal(Expired attachment, String storedName) {
    }

    private void deleteFilesAfterCommit(List<String> storedNames) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storedNames.forEach(AttachmentRetention.this::deleteFile);
            }
        });
    }

    private void deleteFile(String storedName) {
        try {
            storage.delete(storedName);
        }
        catch (IOException | RuntimeException failed) {
            log.warn("The row of attachment file {} was removed by retention but the file could not be", storedName,
                    failed);
        }
    }
}
