package sa.silah.casework;

/**
 * A status change the workflow does not allow from where the request stands: answered 409 by the API and
 * with a clear message on the page.
 */
public class RequestTransitionException extends RuntimeException {

    private final RequestStatus from;
    private final RequestStatus to;
    private final String messageKey;

    RequestTransitionException(RequestStatus from, RequestStatus to, String messageKey) {
        super("Cannot move a request from " + from + " to " + to);
        this.from = from;
        this.to = to;
        this.messageKey = messageKey;
    }

    public RequestStatus from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    public String messageKey() {
        return messageKey;
    }
}
