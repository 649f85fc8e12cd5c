package sa.silah.satisfaction;

/**
 * A rating was asked for a contact that is not a call or a visit with a known beneficiary, or of a beneficiary who
 * withdrew from satisfaction surveys; the message key says which, for the officer.
 */
public class NotRateableException extends RuntimeException {

    private final String messageKey;

    private NotRateableException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    static NotRateableException notACallOrVisit() {
        return new NotRateableException("only a call or a visit with a known beneficiary can be rated",
                "contactRating.notRateable");
    }

    static NotRateableException surveysWithdrawn() {
        return new NotRateableException("the beneficiary withdrew from satisfaction surveys",
                "contactRating.surveysWithdrawn");
    }

    public String messageKey() {
        return messageKey;
    }
}
