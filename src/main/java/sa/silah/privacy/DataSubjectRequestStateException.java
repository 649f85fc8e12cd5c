package sa.silah.privacy;

/** An action the request's status or clock does not allow now; the message key says which rule refused it. */
public class DataSubjectRequestStateException extends RuntimeException {

    private final String messageKey;

    DataSubjectRequestStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
