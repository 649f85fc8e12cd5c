package sa.silah.assessment;

/**
 * An officer's assessment counts at once ({@code VERIFIED}); one the beneficiary filled in the portal waits for an
 * officer to verify it ({@code SUBMITTED}), and an officer may reject it instead.
 */
public enum AssessmentStatus {
    SUBMITTED, VERIFIED, REJECTED
}
