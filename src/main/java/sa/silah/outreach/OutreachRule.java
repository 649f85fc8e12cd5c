package sa.silah.outreach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.audit.FieldChange;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The setting of one standing rule that outreach runs: on or off, and its threshold in the rule's unit. */
@Entity
@Table(name = "outreach_rule")
public class OutreachRule {

    @Id
    private String code;

    private boolean enabled;

    private int threshold;

    private String updatedBy;

    private Instant updatedAt;

    @Version
    private long version;

    protected OutreachRule() {
    }

    /**
     * Switches the rule on or off and sets its threshold, answering what changed for the audit trail.
     *
     * @throws InvalidFieldsException on {@code threshold} when missing or outside the rule's bounds
     */
    List<FieldChange> change(boolean on, Integer newThreshold, String actor, Instant now) {
        StandingRule rule = rule();
        if (newThreshold == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("threshold", "outreach.rule.threshold.required")));
        }
        if (newThreshold < rule.minimum() || newThreshold > rule.maximum()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("threshold",
                    "outreach.rule.threshold.range." + rule.name())));
        }
        List<FieldChange> changes = new ArrayList<>();
        if (on != enabled) {
            changes.add(new FieldChange("enabled", Boolean.toString(enabled), Boolean.toString(on)));
        }
        if (newThreshold != threshold) {
            changes.add(new FieldChange("threshold", Integer.toString(threshold), Integer.toString(newThreshold)));
        }
        if (!changes.isEmpty()) {
            enabled = on;
            threshold = newThreshold;
            updatedBy = actor;
            updatedAt = now;
        }
        return changes;
    }

    public StandingRule rule() {
        return StandingRule.valueOf(code);
    }

    public String getCode() {
        return code;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getThreshold() {
        return threshold;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
