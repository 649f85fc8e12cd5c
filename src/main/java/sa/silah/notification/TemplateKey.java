package sa.silah.notification;

/** The messages Silah sends, one template per key, channel and language. */
public enum TemplateKey {
    REQUEST_RECEIVED(false), REQUEST_IN_PROGRESS(false), AWAITING_DOCUMENTS(false), REQUEST_RESOLVED(false),
    REQUEST_REJECTED(false), DUE_TIME_CHANGED(false), ONE_TIME_CODE(false), SURVEY_INVITATION(false),
    SURVEY_REMINDER(false), CONTACT_RATING(false), FOLLOW_UP_OUTCOME(false), INQUIRY_ANSWER(false),
    ASSIGNED_TO_YOU(true), REQUEST_AT_RISK(true), REQUEST_BREACHED(true), DOCUMENTS_RECEIVED(true),
    BENEFICIARY_REPLIED(true), FOLLOW_UP_OPENED(true), POLICY_PUBLISHED(true), POLICY_ACKNOWLEDGEMENT_REMINDER(true),
    POLICY_REVIEW_DUE(true);

    private final boolean forStaff;

    TemplateKey(boolean forStaff) {
        this.forStaff = forStaff;
    }

    public boolean isForStaff() {
        return forStaff;
    }
}
