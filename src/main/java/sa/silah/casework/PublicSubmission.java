package sa.silah.casework;

/**
 * A request sent from the public site by someone not signed in. {@code anonymous} is honoured only for kinds
 * that may be anonymous (a complaint or a suggestion): then no name is kept and the mobile is optional, without
 * which the request cannot be tracked. Everyone else gives a name and a mobile; the email is optional.
 */
public record PublicSubmission(RequestKind kind, String serviceCode, String subject, String description, String name,
        String mobile, String email, boolean anonymous) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    /** Whether the sender chose not to be named, and may. */
    public boolean isAnonymous() {
        return anonymous && kind != null && kind.mayBeAnonymous();
    }
}
