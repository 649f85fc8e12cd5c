package sa.silah.satisfaction;

/** The link was already answered, or has expired. */
public class InvitationClosedException extends RuntimeException {

    private final Invitation.Closed reason;

    InvitationClosedException(Invitation.Closed reason) {
        super("the invitation is closed: " + reason);
        this.reason = reason;
    }

    public Invitation.Closed reason() {
        return reason;
    }
}
