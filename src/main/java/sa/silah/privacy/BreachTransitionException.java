package sa.silah.privacy;

/** A breach was asked to move where its status or its record does not allow; the message key says why. */
public class BreachTransitionException extends RuntimeException {

    private final String messageKey;

    public BreachTransitionException(BreachStatus from, BreachStatus to, String messageKey) {
        super("a " + from + " breach cannot become " + to + ": " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
