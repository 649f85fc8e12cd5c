package sa.silah.privacy;

/** Why a data-subject request was refused; the note says more, and is required for OTHER. */
public enum RefusalReason {
    IDENTITY_NOT_VERIFIED, LEGAL_HOLD, OTHER;

    /** The reasons an officer chooses; a legal hold is recorded when the destruction meets it. */
    public static RefusalReason[] byOfficer() {
        return new RefusalReason[] { IDENTITY_NOT_VERIFIED, OTHER };
    }
}
