package sa.silah.outreach;

/** An officer's call asked by a standing rule: to make, made (or the beneficiary was reached otherwise), or no longer wanted. */
public enum CallTaskStatus {
    OPEN, DONE, CANCELLED
}
