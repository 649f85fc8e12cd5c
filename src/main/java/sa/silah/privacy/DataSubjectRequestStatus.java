package sa.silah.privacy;

/** RECEIVED → IN_PROGRESS (identity verified) → COMPLETED; REFUSED from either open status. */
public enum DataSubjectRequestStatus {
    RECEIVED, IN_PROGRESS, COMPLETED, REFUSED;

    public boolean isOpen() {
        return this == RECEIVED || this == IN_PROGRESS;
    }
}
