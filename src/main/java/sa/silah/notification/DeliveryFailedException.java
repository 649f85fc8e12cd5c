package sa.silah.notification;

/**
 * A provider did not take a message. Permanent failures (the provider refused this message, e.g. an invalid
 * number) are not retried; others (a timeout, a 5xx, too many requests) are, with backoff.
 */
class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    DeliveryFailedException(String providerText, boolean permanent) {
        super(providerText);
        this.permanent = permanent;
    }

    DeliveryFailedException(String providerText, boolean permanent, Throwable cause) {
        super(providerText, cause);
        this.permanent = permanent;
    }

    boolean isPermanent() {
        return permanent;
    }
}
