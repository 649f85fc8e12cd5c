package sa.silah.notification;

/** Where a message stands: waiting to be sent (or retried), sent, or given up on. */
public enum MessageStatus {
    PENDING, SENT, FAILED
}
