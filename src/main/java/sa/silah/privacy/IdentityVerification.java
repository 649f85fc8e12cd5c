package sa.silah.privacy;

/** How the person asking was shown to be the data subject before anything about them is disclosed or changed. */
public enum IdentityVerification {
    /** Signed in to the portal with a one-time code to the registered mobile: only for requests opened there. */
    PORTAL_SIGN_IN,
    /** The national ID card seen in person. */
    NATIONAL_ID_SEEN,
    /** Confirmed through Absher. */
    ABSHER,
    /** Another official document, named in the note. */
    OTHER_DOCUMENT;

    /** The methods an officer records; a portal sign-in is recorded by the portal itself. */
    public static IdentityVerification[] byOfficer() {
        return new IdentityVerification[] { NATIONAL_ID_SEEN, ABSHER, OTHER_DOCUMENT };
    }
}
