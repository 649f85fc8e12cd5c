package sa.silah.notification;

import java.util.Optional;

import sa.silah.beneficiary.ConsentPurpose;

/**
 * The messages Silah sends, one template per key, channel and language. Each message to a beneficiary names the
 * processing purpose it serves, and is not sent to a beneficiary who may not be processed for it (see
 * {@link ConsentPurpose}):
 * <ul>
 * <li>news of the request's steps — received, in progress, documents awaited, resolved, rejected, a new due
 * time — serve {@link ConsentPurpose#NOTIFICATIONS}: the beneficiary who withdrew still follows the request on
 * the tracking page and in the portal; so do the reminder that a needs assessment lapses soon, the reminder of
 * documents a request still awaits, and the news of their activities (registered, on the waiting list, a place
 * offered, cancelled, the reminder before);</li>
 * <li>campaign messages ({@link #OUTREACH_MESSAGE}, whose text is the campaign's, not a template row) serve
 * {@link ConsentPurpose#OUTREACH}, which needs consent given and not withdrawn;</li>
 * <li>invitations to rate (a request or an activity attended), their reminder and the rating of a contact serve
 * {@link ConsentPurpose#SATISFACTION_SURVEYS};</li>
 * <li>no purpose — always sent — for what the beneficiary themselves asked for and is waiting on: the one-time
 * code of a sign-in, the answer to their inquiry, the outcome of the follow-up their own feedback opened and the
 * answers to their data-subject requests, which the PDPL requires; and
 * for messages to staff, who are not beneficiaries.</li>
 * </ul>
 */
public enum TemplateKey {
    REQUEST_RECEIVED(false, ConsentPurpose.NOTIFICATIONS), REQUEST_IN_PROGRESS(false, ConsentPurpose.NOTIFICATIONS),
    AWAITING_DOCUMENTS(false, ConsentPurpose.NOTIFICATIONS), REQUEST_RESOLVED(false, ConsentPurpose.NOTIFICATIONS),
    REQUEST_REJECTED(false, ConsentPurpose.NOTIFICATIONS), DUE_TIME_CHANGED(false, ConsentPurpose.NOTIFICATIONS),
    ONE_TIME_CODE(false, null), SURVEY_INVITATION(false, ConsentPurpose.SATISFACTION_SURVEYS),
    SURVEY_REMINDER(false, ConsentPurpose.SATISFACTION_SURVEYS), CONTACT_RATING(false, ConsentPurpose.SATISFACTION_SURVEYS),
    FOLLOW_UP_OUTCOME(false, null), INQUIRY_ANSWER(false, null),
    DATA_REQUEST_EXTENDED(false, null), DATA_REQUEST_COMPLETED(false, null), DATA_REQUEST_REFUSED(false, null),
    ASSESSMENT_DUE(false, ConsentPurpose.NOTIFICATIONS), DOCUMENTS_REMINDER(false, ConsentPurpose.NOTIFICATIONS),
    ACTIVITY_REGISTERED(false, ConsentPurpose.NOTIFICATIONS), ACTIVITY_WAITLISTED(false, ConsentPurpose.NOTIFICATIONS),
    ACTIVITY_PLACE_OFFERED(false, ConsentPurpose.NOTIFICATIONS), ACTIVITY_CANCELLED(false, ConsentPurpose.NOTIFICATIONS),
    ACTIVITY_REMINDER(false, ConsentPurpose.NOTIFICATIONS), ACTIVITY_SURVEY(false, ConsentPurpose.SATISFACTION_SURVEYS),
    OUTREACH_MESSAGE(false, ConsentPurpose.OUTREACH),
    ASSIGNED_TO_YOU(true, null), REQUEST_AT_RISK(true, null), REQUEST_BREACHED(true, null),
    DOCUMENTS_RECEIVED(true, null), BENEFICIARY_REPLIED(true, null), FOLLOW_UP_OPENED(true, null),
    POLICY_PUBLISHED(true, null), POLICY_ACKNOWLEDGEMENT_REMINDER(true, null), POLICY_REVIEW_DUE(true, null),
    ASSESSMENT_LAPSING(true, null);

    private final boolean forStaff;
    private final ConsentPurpose purpose;

    TemplateKey(boolean forStaff, ConsentPurpose purpose) {
        this.forStaff = forStaff;
        this.purpose = purpose;
    }

    public boolean isForStaff() {
        return forStaff;
    }

    /** The purpose a message to a beneficiary serves; empty when it goes whatever they withdrew. */
    public Optional<ConsentPurpose> purpose() {
        return Optional.ofNullable(purpose);
    }
}
