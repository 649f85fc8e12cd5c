package sa.silah.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.assessment.AssessmentReminderProperties;
import sa.silah.audit.FieldChange;
import sa.silah.audit.RecordChanged;
import sa.silah.shared.CurrentActor;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The standing outreach rules: their settings, changed by managers and audited, and the daily run, in which each rule
 * that is on acts in transactions of its own, so that one failing does not stop the other.
 */
@Service
public class StandingRules {

    /** The audit subject of a rule's changes. */
    public static final String SUBJECT = "OUTREACH_RULE";

    private static final Logger log = LoggerFactory.getLogger(StandingRules.class);

    private final OutreachRules rules;
    private final MissingDocumentsRule missingDocuments;
    private final HighNeedNoContactRule highNeed;
    private final ProgrammeOpeningRule programmeOpening;
    private final AssessmentReminderProperties assessmentReminders;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandingRules(OutreachRules rules, MissingDocumentsRule missingDocuments, HighNeedNoContactRule highNeed,
            ProgrammeOpeningRule programmeOpening,
            AssessmentReminderProperties assessmentReminders, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.missingDocuments = missingDocuments;
        this.highNeed = highNeed;
        this.programmeOpening = programmeOpening;
        this.assessmentReminders = assessmentReminders;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** Every standing rule, those run here and those another module runs, in the order of {@link StandingRule}. */
    public List<RuleSetting> settings() {
        List<RuleSetting> settings = new ArrayList<>();
        for (StandingRule rule : StandingRule.values()) {
            settings.add(setting(rule));
        }
        return settings;
    }

    public RuleSetting setting(StandingRule rule) {
        if (rule == StandingRule.ASSESSMENT_LAPSING) {
            return RuleSetting.elsewhere(rule, assessmentReminders.reminderBefore());
        }
        return RuleSetting.of(transaction.execute(status -> load(rule)));
    }

    /**
     * Switches a rule on or off and sets its threshold, audited when anything changed.
     *
     * @throws RecordNotFoundException for an unknown code
     * @throws InvalidFieldsException on {@code code} for a rule another module runs, on {@code enabled} when missing,
     *         on {@code threshold} when missing or out of the rule's bounds
     */
    public RuleSetting change(String code, Boolean enabled, Integer threshold) {
        StandingRule rule = StandingRule.of(code).orElseThrow(() -> new RecordNotFoundException("outreach rule", code));
        if (!rule.isRunHere()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("code", "outreach.rule.runElsewhere")));
        }
        if (enabled == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("enabled", "outreach.rule.enabled.required")));
        }
        return RuleSetting.of(transaction.execute(status -> {
            OutreachRule row = load(rule);
            String actor = CurrentActor.name();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<FieldChange> changes = row.change(enabled, threshold, actor, now);
            if (!changes.isEmpty()) {
                rules.flush();
                events.publishEvent(new RecordChanged(SUBJECT, rule.name(), "UPDATED", actor, changes, now));
            }
            return row;
        }));
    }

    /** The daily run at {@code now}: each rule that is on acts; answers what they did. */
    public StandingRuleRun run(Instant now) {
        int reminded = 0;
        int opened = 0;
        int closed = 0;
        int cancelled = 0;
        int invited = 0;
        for (StandingRule rule : StandingRule.runHere()) {
            OutreachRule setting = transaction.execute(status -> load(rule));
            if (!setting.isEnabled()) {
                log.debug("Standing rule {} is off", rule);
                continue;
            }
            try {
                switch (rule) {
                    case MISSING_DOCUMENTS -> reminded = missingDocuments.remind(setting.getThreshold(), now);
                    case HIGH_NEED_NO_CONTACT -> {
                        closed = highNeed.closeContacted(now);
                        cancelled = highNeed.cancelNoLongerHigh(now);
                        opened = highNeed.open(setting.getThreshold(), now);
                    }
                    case PROGRAMME_OPENING -> invited = programmeOpening.invite(setting.getThreshold(), now);
                    default -> throw new IllegalStateException(rule + " is not run by outreach");
                }
            }
            catch (RuntimeException failed) {
                log.error("Standing rule {} failed; the other rules still run", rule, failed);
            }
        }
        return new StandingRuleRun(reminded, opened, closed, cancelled, invited);
    }

    private OutreachRule load(StandingRule rule) {
        return rules.findById(rule.name()).orElseThrow(() -> new RecordNotFoundException("outreach rule", rule));
    }
}
