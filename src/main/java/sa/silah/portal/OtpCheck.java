package sa.silah.portal;

/** What a typed code proved. */
public enum OtpCheck {
    /** The right code, now used up. */
    ACCEPTED,
    /** A wrong code; the person may try again. */
    WRONG,
    /** No code can work any more for this attempt (expired, used, too many tries, unknown): ask for a new one. */
    EXPIRED
}
