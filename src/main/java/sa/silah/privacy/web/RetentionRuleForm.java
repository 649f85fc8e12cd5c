package sa.silah.privacy.web;

import sa.silah.privacy.RetentionMode;
import sa.silah.privacy.RetentionRule;
import sa.silah.privacy.RetentionUnit;

/** A rule's period and mode as the administrator typed them; kept as typed when refused. */
public class RetentionRuleForm {

    private Integer periodLength;
    private RetentionUnit periodUnit;
    private RetentionMode mode;

    static RetentionRuleForm of(RetentionRule rule) {
        RetentionRuleForm form = new RetentionRuleForm();
        form.periodLength = rule.getPeriodLength();
        form.periodUnit = rule.getPeriodUnit();
        form.mode = rule.getMode();
        return form;
    }

    public Integer getPeriodLength() {
        return periodLength;
    }

    public void setPeriodLength(Integer periodLength) {
        this.periodLength = periodLength;
    }

    public RetentionUnit getPeriodUnit() {
        return periodUnit;
    }

    public void setPeriodUnit(RetentionUnit periodUnit) {
        this.periodUnit = periodUnit;
    }

    public RetentionMode getMode() {
        return mode;
    }

    public void setMode(RetentionMode mode) {
        this.mode = mode;
    }
}
