package sa.silah.governance.web;

import sa.silah.governance.PolicyText;
import sa.silah.governance.PolicyVersion;

/** The page form of a new policy, and of a draft's text (which uses the text fields alone). */
public class PolicyForm {

    private String code;

    private String titleAr;

    private String titleEn;

    private String owner;

    private Integer reviewIntervalMonths;

    private String textAr;

    private String textEn;

    private String changeSummary;

    static PolicyForm of(PolicyVersion version) {
        PolicyForm form = new PolicyForm();
        form.textAr = version.getTextAr();
        form.textEn = version.getTextEn();
        form.changeSummary = version.getChangeSummary();
        return form;
    }

    PolicyText text() {
        return new PolicyText(textAr, textEn, changeSummary);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Integer getReviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public void setReviewIntervalMonths(Integer reviewIntervalMonths) {
        this.reviewIntervalMonths = reviewIntervalMonths;
    }

    public String getTextAr() {
        return textAr;
    }

    public void setTextAr(String textAr) {
        this.textAr = textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public void setChangeSummary(String changeSummary) {
        this.changeSummary = changeSummary;
    }
}
