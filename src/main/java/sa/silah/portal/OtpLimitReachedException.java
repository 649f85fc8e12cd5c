package sa.silah.portal;

/** Too many codes were sent to this mobile or for this client address lately; the person must wait. */
public class OtpLimitReachedException extends RuntimeException {

    public OtpLimitReachedException() {
        super("one-time code sending limit reached");
    }
}
