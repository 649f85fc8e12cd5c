package sa.silah.letters;

/** The same Idempotency-Key came again with a different letter: a client bug, never a retry. */
public class LetterKeyReusedException extends RuntimeException {

    LetterKeyReusedException() {
        super("Idempotency-Key reused with a different letter");
    }
}
