package sa.silah.casework;

/** What the beneficiary came for. A service request names the service; the others need not. */
public enum RequestKind {
    SERVICE, INQUIRY, SUGGESTION, COMPLAINT, VOLUNTEERING;

    /** Suggestions and complaints may be anonymous; everything else belongs to a beneficiary. */
    public boolean mayBeAnonymous() {
        return this == SUGGESTION || this == COMPLAINT;
    }
}
