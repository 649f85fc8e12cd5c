package sa.silah.activity;

/** An activity or registration asked to do what its state does not allow; the message is a message key. */
public class ActivityStateException extends RuntimeException {

    public ActivityStateException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
