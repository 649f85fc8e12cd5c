package sa.silah.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Retention of personal data, one rule per {@link RetentionCategory}: a dry run reports what the rule would change
 * and changes nothing; a real run changes it, a batch per transaction, only while the rule is {@code ACTIVE}. Every
 * run is recorded with its counts and a sample. A real run holds a lease on its rule's row, so that two runs of one
 * rule never overlap, whichever nodes start them (the daily job or an administrator).
 */
@Service
public class Retention {

    /** The audit subject of a rule's changes. */
    public static final String SUBJECT = "RETENTION_RULE";

    /** Longer than any run should take; a node that died mid-run frees its rule after this. */
    private static final Duration LEASE = Duration.ofHours(6);

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionRules rules;
    private final RetentionRuns runs;
    private final Map<RetentionCategory, RetentionTarget> targets = new EnumMap<>(RetentionCategory.class);
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Retention(RetentionRules rules, RetentionRuns runs, List<RetentionTarget> targets,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.runs = runs;
        targets.forEach(target -> this.targets.put(target.category(), target));
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    public List<RetentionRule> rules() {
        return transaction.execute(status -> rules.findAllByOrderByIdAsc());
    }

    public RetentionRule rule(RetentionCategory category) {
        return transaction.execute(status -> load(category));
    }

    /**
     * Sets the rule's period and mode, audited.
     *
     * @throws InvalidFieldsException on {@code periodLength}, {@code periodUnit} or {@code mode}
     */
    public RetentionRule change(RetentionCategory category, Integer periodLength, RetentionUnit periodUnit,
            RetentionMode mode) {
        RetentionPeriod period = RetentionPeriod.of(periodLength, periodUnit);
        if (mode == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("mode", "retention.mode.required")));
        }
        return transaction.execute(status -> {
            RetentionRule rule = load(category);
            String actor = CurrentActor.name();
            Instant now = clock.instant();
            List<FieldChange> changes = rule.change(period, mode, actor, now);
            if (!changes.isEmpty()) {
                rules.flush();
                events.publishEvent(new RecordChanged(SUBJECT, category.name(), "UPDATED", actor, changes, now));
            }
            return rule;
        });
    }

    /** Reports what the rule would change now, changing nothing, and records the report. */
    public RetentionRun dryRun(RetentionCategory category) {
        return dryRun(rule(category), CurrentActor.name());
    }

    /**
     * Applies the rule now and records what it did.
     *
     * @throws RetentionRunRefusedException when the rule is not active or is already running
     */
    public RetentionRun run(RetentionCategory category) {
        return run(rule(category), CurrentActor.name());
    }

    /** The daily job: each rule in {@code DRY_RUN} reports, each {@code ACTIVE} one acts, {@code OFF} ones rest. */
    public void runAll() {
        for (RetentionRule rule : rules()) {
            try {
                switch (rule.getMode()) {
                    case DRY_RUN -> dryRun(rule, RetentionRun.JOB);
                    case ACTIVE -> run(rule, RetentionRun.JOB);
                    case OFF -> log.debug("Retention rule {} is off", rule.getCategory());
                }
            }
            catch (RuntimeException failed) {
                log.error("Retention rule {} failed; the other rules still run", rule.getCategory(), failed);
            }
        }
    }

    /** Every run, the latest first. */
    public Page<RetentionRun> history(Pageable pageable) {
        return transaction.execute(status -> runs.findAllByOrderByStartedAtDescIdDesc(pageable));
    }

    public RetentionRun report(long runId) {
        return transaction.execute(status -> runs.findWithRuleById(runId)
                .orElseThrow(() -> new RecordNotFoundException("retention run", runId)));
    }

    private RetentionRun dryRun(RetentionRule rule, String triggeredBy) {
        Instant now = now();
        RetentionRun run = new RetentionRun(rule, true, rule.period().cutoff(now), now, triggeredBy);
        RetentionTally tally = new RetentionTally();
        target(rule).preview(run.getCutoff(), tally);
        run.finish(tally, now());
        return transaction.execute(status -> runs.save(run));
    }

    private RetentionRun run(RetentionRule rule, String triggeredBy) {
        if (!rule.isActive()) {
            throw new RetentionRunRefusedException(rule.getCategory(), "retention.run.notActive");
        }
        Instant now = now();
        if (!Boolean.TRUE.equals(transaction.execute(status -> rules.lease(rule.getId(), now, now.plus(LEASE))))) {
            throw new RetentionRunRefusedException(rule.getCategory(), "retention.run.inProgress");
        }
        try {
            RetentionRun run = transaction.execute(status -> runs.save(
                    new RetentionRun(rule, false, rule.period().cutoff(now), now, triggeredBy)));
            RetentionTally tally = new RetentionTally();
            try {
                target(rule).apply(run.getCutoff(), tally);
                run.finish(tally, now());
            }
            catch (RuntimeException failed) {
                run.fail(tally, failed, now());
                log.error("Retention rule {} stopped after {} records", rule.getCategory(), tally.affected(), failed);
            }
            return transaction.execute(status -> runs.save(run));
        }
        finally {
            transaction.executeWithoutResult(status -> rules.release(rule.getId()));
        }
    }

    private RetentionTarget target(RetentionRule rule) {
        return targets.get(rule.getCategory());
    }

    private RetentionRule load(RetentionCategory category) {
        return rules.findByCategory(category).orElseThrow(() -> new RecordNotFoundException("retention rule", category));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
