package sa.silah.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import sa.silah.audit.FieldChange;

/**
 * How long one category of data is kept, and whether the daily job leaves it, reports on it or acts on it.
 * Updated column by column, so that saving the rule never overwrites the lease a running job holds on it.
 */
@Entity
@Table(name = "retention_rule")
@DynamicUpdate
public class RetentionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RetentionCategory category;

    private int periodLength;

    @Enumerated(EnumType.STRING)
    private RetentionUnit periodUnit;

    @Enumerated(EnumType.STRING)
    private RetentionMode mode;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected RetentionRule() {
    }

    /** Changes the period and the mode, answering what changed for the audit trail. */
    List<FieldChange> change(RetentionPeriod period, RetentionMode newMode, String actor, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        if (!period.equals(period())) {
            changes.add(new FieldChange("period", describe(period()), describe(period)));
        }
        if (newMode != mode) {
            changes.add(new FieldChange("mode", mode.name(), newMode.name()));
        }
        periodLength = period.length();
        periodUnit = period.unit();
        mode = newMode;
        updatedAt = now;
        updatedBy = actor;
        return changes;
    }

    private static String describe(RetentionPeriod period) {
        return period.length() + " " + period.unit();
    }

    public RetentionPeriod period() {
        return new RetentionPeriod(periodLength, periodUnit);
    }

    public Long getId() {
        return id;
    }

    public RetentionCategory getCategory() {
        return category;
    }

    public int getPeriodLength() {
        return periodLength;
    }

    public RetentionUnit getPeriodUnit() {
        return periodUnit;
    }

    public RetentionMode getMode() {
        return mode;
    }

    public boolean isActive() {
        return mode == RetentionMode.ACTIVE;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
