package sa.silah.privacy;

/** A real run that may not start: its rule is not active, or another run of it is going on. */
public class RetentionRunRefusedException extends RuntimeException {

    private final String messageKey;

    RetentionRunRefusedException(RetentionCategory category, String messageKey) {
        super("retention rule " + category + " may not run now: " + messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
