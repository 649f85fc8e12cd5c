package sa.silah.outreach.web;

import sa.silah.outreach.RuleSetting;

/** A standing rule's setting as the manager typed it; kept as typed when refused. */
public class OutreachRuleForm {

    private boolean enabled;
    private Integer threshold;

    static OutreachRuleForm of(RuleSetting setting) {
        OutreachRuleForm form = new OutreachRuleForm();
        form.enabled = setting.enabled();
        form.threshold = setting.threshold();
        return form;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
