package sa.silah.notification;

/** Hands a message to the outside world and answers the provider's id for it. */
interface Transport {

    /**
     * Sends the message once.
     *
     * @return the provider's message id
     * @throws DeliveryFailedException when the provider refused or could not be reached
     */
    String send(Notification message);

    /** A short name for the log, such as {@code unifonic}. */
    String name();
}
