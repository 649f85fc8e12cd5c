package sa.silah.portal.web;

import sa.silah.privacy.DataSubjectRight;

/** The beneficiary's own data-subject request: which right, and what they want to say about it. */
public class PortalPrivacyRequestForm {

    private DataSubjectRight right;
    private String details;

    public DataSubjectRight getRight() {
        return right;
    }

    public void setRight(DataSubjectRight right) {
        this.right = right;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
