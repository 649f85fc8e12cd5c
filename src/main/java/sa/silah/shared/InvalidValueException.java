package sa.silah.shared;

/**
 * A value object refused its input. Carries a message key (resolved from the message bundles) so that
 * pages and the API explain the problem in the reader's language.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;

    public InvalidValueException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
