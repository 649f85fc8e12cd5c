package sa.silah.privacy;

/** Where a breach stands: found and being dealt with, stopped from spreading, or closed. */
public enum BreachStatus {
    OPEN,
    CONTAINED,
    CLOSED
}
