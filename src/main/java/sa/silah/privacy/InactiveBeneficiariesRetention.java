package sa.silah.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.LegalHoldException;

/**
 * Erases the beneficiaries nobody has dealt with since the cutoff. Activity is read, like reporting reads, from the
 * tables of the modules that record it: the record's own last change, the person's requests (submitted, changed,
 * closed, or still open), contacts, letters and portal sign-ins. Each person is erased in a transaction of their
 * own, because an erasure touches every module and a legal hold placed during the run must stop only that person.
 */
@Component
class InactiveBeneficiariesRetention implements RetentionTarget {

    private static final int BATCH_SIZE = 200;

    private static final String INACTIVE = """
             from beneficiary b
            where b.updated_at < :cutoff
              and not exists (select 1 from request r where r.beneficiary_id = b.id
                               and (r.closed_at is null or r.closed_at >= :cutoff))
              and not exists (select 1 from request r join request_history h on h.request_id = r.id
                               where r.beneficiary_id = b.id and h.occurred_at >= :cutoff)
              and not exists (select 1 from interaction i where i.beneficiary_id = b.id and i.occurred_at >= :cutoff)
              and not exists (select 1 from letter l where l.beneficiary_id = b.id and l.registered_at >= :cutoff)
              and not exists (select 1 from portal_account p where p.beneficiary_id = b.id
                               and p.last_signed_in_at >= :cutoff)""";
    private static final String ERASABLE = " and b.legal_hold_reason is null and b.anonymised_at is null";

    private final JdbcClient jdbc;
    private final PersonalDataErasure erasure;

    InactiveBeneficiariesRetention(JdbcClient jdbc, PersonalDataErasure erasure) {
        this.jdbc = jdbc;
        this.erasure = erasure;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.INACTIVE_BENEFICIARIES;
    }

    @Override
    public void preview(Instant cutoff, RetentionTally tally) {
        Count count = count(cutoff);
        tally.matched(count.matched());
        tally.skipped(count.skipped());
        tally.wouldAffect(count.matched() - count.skipped(), erasable(cutoff, null, RetentionTally.SAMPLE_SIZE));
    }

    @Override
    public void apply(Instant cutoff, RetentionTally tally) {
        Count count = count(cutoff);
        tally.matched(count.matched());
        tally.skipped(count.skipped());
        UUID after = null;
        List<UUID> batch;
        do {
            batch = erasable(cutoff, after, BATCH_SIZE);
            batch.forEach(id -> erase(id, tally));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        }
        while (batch.size() == BATCH_SIZE);
    }

    /** The inactive beneficiaries, and of them those held or already anonymised, which are skipped. */
    private record Count(long matched, long skipped) {
    }

    private Count count(Instant cutoff) {
        return jdbc.sql("select count(*) as matched, coalesce(sum(case when b.legal_hold_reason is not null"
                        + " or b.anonymised_at is not null then 1 else 0 end), 0) as skipped" + INACTIVE)
                .param("cutoff", Timestamp.from(cutoff))
                .query((row, number) -> new Count(row.getLong("matched"), row.getLong("skipped"))).single();
    }

    /** The next inactive beneficiaries that may be erased, in id order after {@code after} (a keyset page). */
    private List<UUID> erasable(Instant cutoff, UUID after, int limit) {
        JdbcClient.StatementSpec query = jdbc.sql("select b.id" + INACTIVE + ERASABLE
                        + (after == null ? "" : " and b.id > :after") + " order by b.id limit :limit")
                .param("cutoff", Timestamp.from(cutoff)).param("limit", limit);
        if (after != null) {
            query.param("after", after);
        }
        return query.query(UUID.class).list();
    }

    private void erase(UUID id, RetentionTally tally) {
        try {
            erasure.erase(id);
            tally.affected(id);
        }
        catch (LegalHoldException placedDuringTheRun) {
            tally.skipped(1);
        }
    }
}
