package sa.silah.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.shared.Dates;

/**
 * {@link StandingRule#HIGH_NEED_NO_CONTACT}: a call for an officer to make to each beneficiary whose valid needs
 * assessment is of high need and who has not been contacted for the threshold's months, or ever. A beneficiary counts
 * by their latest verified assessment while it is valid, as {@code NeedAssessments.valid} and the assessment reports
 * read it; contacts are those of {@link Contacts}. The assessments, the registry and the timeline are read in SQL,
 * read-only. A task done by an officer counts as a contact: no new task for that beneficiary until the threshold has
 * passed again, even if the officer did not log the call. An open task whose beneficiary is no longer in high need —
 * reassessed lower, or their assessment lapsed — is cancelled by the run, and does not stand in the way of a new one.
 */
@Component
class HighNeedNoContactRule {

    private static final int BATCH = 500;
    private static final StandingRule RULE = StandingRule.HIGH_NEED_NO_CONTACT;

    /** Assessment {@code a} is its beneficiary's latest verified one, valid today and of high need. */
    private static final String LATEST_VALID_HIGH = """
            a.status = 'VERIFIED' and a.need_level = 'HIGH' and a.valid_until >= :today
            and not exists (select 1 from assessment n where n.beneficiary_id = a.beneficiary_id
                and n.status = 'VERIFIED'
                and (n.verified_at > a.verified_at or (n.verified_at = a.verified_at and n.id > a.id)))""";

    private static final String DUE = """
            select b.id, %s as last_contact
            from assessment a
            join beneficiary b on b.id = a.beneficiary_id
            where %s
              and b.anonymised_at is null
              and not exists (select 1 from interaction i where i.beneficiary_id = b.id
                  and i.occurred_at >= :cutoff and %s)
              and not exists (select 1 from call_task t where t.beneficiary_id = b.id and t.rule = :rule
                  and (t.status = 'OPEN' or (t.status = 'DONE' and t.done_at >= :cutoff)))
            order by b.id
            fetch first %d rows only""".formatted(Contacts.lastContactOf("b.id"), LATEST_VALID_HIGH, Contacts.REACHED,
            BATCH);

    /** Guarded by the open key as well as its unique constraint, so that a second run inserts nothing. */
    private static final String OPEN = """
            insert into call_task (id, beneficiary_id, rule, reason_key, reason_params, created_at, due_on, status,
                                   open_key, version)
            select cast(:id as uuid), cast(:beneficiary as uuid), :rule, :reasonKey, :reasonParams,
                   cast(:now as timestamp with time zone), cast(:dueOn as date), 'OPEN', :openKey, 0
            where not exists (select 1 from call_task t where t.open_key = :openKey)""";

    private static final String CLOSE_CONTACTED = """
            update call_task set status = 'DONE', done_by = :job, done_at = :now, open_key = null,
                   version = version + 1
            where status = 'OPEN' and rule = :rule and exists (select 1 from interaction i
                where i.beneficiary_id = call_task.beneficiary_id and i.occurred_at > call_task.created_at and %s)"""
            .formatted(Contacts.REACHED);

    /** The open tasks whose beneficiary's latest verified assessment is no longer valid and high. */
    private static final String CANCEL_NO_LONGER_HIGH = """
            update call_task set status = 'CANCELLED', done_by = :job, done_at = :now, open_key = null,
                   version = version + 1
            where status = 'OPEN' and rule = :rule and not exists (select 1 from assessment a
                where a.beneficiary_id = call_task.beneficiary_id and %s)""".formatted(LATEST_VALID_HIGH);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StandingRuleProperties properties;

    HighNeedNoContactRule(JdbcClient jdbc, PlatformTransactionManager transactions, StandingRuleProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    private record Candidate(UUID beneficiaryId, Instant lastContact) {
    }

    /** Closes the open tasks whose beneficiary was contacted after the task was opened; answers how many. */
    int closeContacted(Instant now) {
        Integer closed = transaction.execute(status -> jdbc.sql(CLOSE_CONTACTED).param("job", CallTask.JOB)
                .param("now", Timestamp.from(now.truncatedTo(ChronoUnit.MICROS))).param("rule", RULE.name()).update());
        return closed == null ? 0 : closed;
    }

    /** Cancels the open tasks of beneficiaries no longer in high need; answers how many. */
    int cancelNoLongerHigh(Instant now) {
        Integer cancelled = transaction.execute(status -> jdbc.sql(CANCEL_NO_LONGER_HIGH).param("job", CallTask.JOB)
                .param("now", Timestamp.from(now.truncatedTo(ChronoUnit.MICROS))).param("rule", RULE.name())
                .param("today", LocalDate.ofInstant(now, Dates.RIYADH)).update());
        return cancelled == null ? 0 : cancelled;
    }

    /** Opens a task for each high-need beneficiary not contacted for {@code months}; answers how many. */
    int open(int months, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, Dates.RIYADH);
        Instant cutoff = now.atZone(Dates.RIYADH).minusMonths(months).toInstant();
        LocalDate dueOn = today.plus(properties.callWithin());
        int opened = 0;
        int found;
        do {
            int[] batch = transaction.execute(status -> openBatch(months, today, cutoff, dueOn, at));
            found = batch[0];
            opened += batch[1];
        } while (found == BATCH);
        return opened;
    }

    private int[] openBatch(int months, LocalDate today, Instant cutoff, LocalDate dueOn, Instant now) {
        List<Candidate> due = jdbc.sql(DUE).param("today", today).param("cutoff", Timestamp.from(cutoff))
                .param("rule", RULE.name())
                .query((row, n) -> {
                    Timestamp last = row.getTimestamp(2);
                    return new Candidate(row.getObject(1, UUID.class), last == null ? null : last.toInstant());
                }).list();
        int opened = 0;
        for (Candidate candidate : due) {
            CallReason reason = candidate.lastContact() == null ? CallReason.neverContacted(months)
                    : CallReason.notContactedFor(months);
            opened += jdbc.sql(OPEN).param("id", UUID.randomUUID()).param("beneficiary", candidate.beneficiaryId())
                    .param("rule", RULE.name()).param("reasonKey", reason.key())
                    .param("reasonParams", reason.paramsJson()).param("now", Timestamp.from(now))
                    .param("dueOn", dueOn).param("openKey", CallTask.openKey(RULE, candidate.beneficiaryId()))
                    .update();
        }
        return new int[] { due.size(), opened };
    }
}
