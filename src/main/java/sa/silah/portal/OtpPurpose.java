package sa.silah.portal;

/** What a one-time code proves: a code asked for one purpose never serves another. */
public enum OtpPurpose {
    /** The person holds the mobile they sign in with. */
    SIGN_IN,
    /** A signed-in beneficiary holds the new mobile they want on file. */
    MOBILE_CHANGE
}
