package sa.silah.privacy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One run of a rule, dry or real: the period and cutoff it applied, what it matched, what it changed (or, dry, would
 * change), what it skipped, and a sample of the records, so an administrator reads a dry run before switching the
 * rule on. A run that stopped on an error keeps what it had done and the error.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    /** Who started a run the daily job started. */
    public static final String JOB = "job";

    private static final int MAX_FAILURE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rule_id")
    private RetentionRule rule;

    private boolean dryRun;

    private int periodLength;

    @Enumerated(EnumType.STRING)
    private RetentionUnit periodUnit;

    private Instant cutoff;

    private Instant startedAt;

    private Instant finishedAt;

    @Column(name = "matched_count")
    private long matched;

    @Column(name = "affected_count")
    private long affected;

    @Column(name = "skipped_count")
    private long skipped;

    private String sample;

    private String triggeredBy;

    private String failure;

    protected RetentionRun() {
    }

    RetentionRun(RetentionRule rule, boolean dryRun, Instant cutoff, Instant startedAt, String triggeredBy) {
        this.rule = rule;
        this.dryRun = dryRun;
        this.periodLength = rule.getPeriodLength();
        this.periodUnit = rule.getPeriodUnit();
        this.cutoff = cutoff;
        this.startedAt = startedAt;
        this.triggeredBy = triggeredBy;
    }

    void finish(RetentionTally tally, Instant now) {
        record(tally);
        finishedAt = now;
    }

    void fail(RetentionTally tally, RuntimeException cause, Instant now) {
        finish(tally, now);
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        failure = message.length() > MAX_FAILURE ? message.substring(0, MAX_FAILURE) : message;
    }

    private void record(RetentionTally tally) {
        matched = tally.matched();
        affected = tally.affected();
        skipped = tally.skipped();
        sample = tally.sample().isEmpty() ? null : String.join("\n", tally.sample());
    }

    public Long getId() {
        return id;
    }

    public RetentionCategory getCategory() {
        return rule.getCategory();
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public int getPeriodLength() {
        return periodLength;
    }

    public RetentionUnit getPeriodUnit() {
        return periodUnit;
    }

    public Instant getCutoff() {
        return cutoff;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getMatched() {
        return matched;
    }

    /** What the run changed, or for a dry run what it would have changed. */
    public long getAffected() {
        return affected;
    }

    public long getSkipped() {
        return skipped;
    }

    /** Up to {@link RetentionTally#SAMPLE_SIZE} of the records affected: ids or reference numbers. */
    public List<String> getSample() {
        return sample == null ? List.of() : Arrays.asList(sample.split("\n"));
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isFailed() {
        return failure != null;
    }
}
