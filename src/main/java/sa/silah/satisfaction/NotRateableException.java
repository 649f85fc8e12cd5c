package sa.silah.satisfaction;

/** A rating was asked for a contact that is not a call or a visit with a known beneficiary. */
public class NotRateableException extends RuntimeException {

    NotRateableException() {
        super("only a call or a visit with a known beneficiary can be rated");
    }
}
