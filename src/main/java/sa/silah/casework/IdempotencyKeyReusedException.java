package sa.silah.casework;

/** The same idempotency key came back with a different request: answered 422, nothing is created. */
public class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("The Idempotency-Key was used before for a different request");
    }
}
