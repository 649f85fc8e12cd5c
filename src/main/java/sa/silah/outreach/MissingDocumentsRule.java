package sa.silah.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.notification.DocumentsReminders;
import sa.silah.shared.Dates;

/**
 * {@link StandingRule#MISSING_DOCUMENTS}: requests that have waited for their beneficiary longer than the threshold,
 * each reminded once per waiting period. The requests are read from casework's tables, read-only, in one query (as
 * eligibility reads them), since the query must leave out the periods already reminded, which are outreach's own rows;
 * {@code request.paused_since} is the instant the request began to wait (casework sets it on entering
 * {@code AWAITING_BENEFICIARY} and clears it on leaving), and the awaited documents are what the officer wrote on that
 * step of the request's history. A period is marked in {@code documents_reminder} (keyed by the request and that
 * instant) in the transaction that queues its reminder, so that no run, on whichever node, reminds it again.
 */
@Component
class MissingDocumentsRule {

    private static final int BATCH = 200;

    /**
     * Whom the rule reminds. The consent condition is {@code Beneficiary.mayProcessFor(NOTIFICATIONS)} in SQL — a
     * consent in force, or no record for the purpose at all, since it needs no opt-in; the notification module checks
     * it again before sending. Erased beneficiaries and requests without a beneficiary record are left out.
     */
    private static final String DUE = """
            select r.id, r.beneficiary_id, r.paused_since,
                   (select h.detail from request_history h where h.id = (select max(w.id) from request_history w
                        where w.request_id = r.id and w.to_status = 'AWAITING_BENEFICIARY')) as missing
            from request r
            join beneficiary b on b.id = r.beneficiary_id
            where r.status = 'AWAITING_BENEFICIARY' and r.paused_since <= :cutoff and b.anonymised_at is null
              and (exists (select 1 from consent c where c.beneficiary_id = b.id and c.purpose = 'NOTIFICATIONS'
                               and c.withdrawn_at is null)
                   or not exists (select 1 from consent c where c.beneficiary_id = b.id
                               and c.purpose = 'NOTIFICATIONS'))
              and not exists (select 1 from documents_reminder d where d.request_id = r.id
                               and d.awaiting_since = r.paused_since)
            order by r.paused_since, r.id
            fetch first %d rows only""".formatted(BATCH);

    private static final String MARK = """
            insert into documents_reminder (request_id, awaiting_since, reminded_at)
            select cast(:request as uuid), cast(:since as timestamp with time zone),
                   cast(:now as timestamp with time zone) where not exists (select 1 from documents_reminder d
                where d.request_id = :request and d.awaiting_since = :since)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DocumentsReminders reminders;

    MissingDocumentsRule(JdbcClient jdbc, PlatformTransactionManager transactions, DocumentsReminders reminders) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reminders = reminders;
    }

    private record Waiting(UUID requestId, UUID beneficiaryId, Instant since, String missing) {
    }

    /** Reminds of every request waiting more than {@code days} calendar days; answers how many. */
    int remind(int days, Instant now) {
        Instant cutoff = now.atZone(Dates.RIYADH).minusDays(days).toInstant();
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        int reminded = 0;
        int found;
        do {
            int[] batch = transaction.execute(status -> remindBatch(cutoff, at));
            found = batch[0];
            reminded += batch[1];
        } while (found == BATCH);
        return reminded;
    }

    /** One batch in one transaction: answers how many were found and how many reminded. */
    private int[] remindBatch(Instant cutoff, Instant now) {
        List<Waiting> due = jdbc.sql(DUE).param("cutoff", Timestamp.from(cutoff))
                .query((row, n) -> new Waiting(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getTimestamp(3).toInstant(), row.getString(4)))
                .list();
        int reminded = 0;
        for (Waiting waiting : due) {
            int marked = jdbc.sql(MARK).param("request", waiting.requestId())
                    .param("since", Timestamp.from(waiting.since())).param("now", Timestamp.from(now)).update();
            if (marked == 1) {
                reminders.remind(waiting.requestId(), waiting.beneficiaryId(), waiting.since(), waiting.missing());
                reminded++;
            }
        }
        return new int[] { due.size(), reminded };
    }
}
