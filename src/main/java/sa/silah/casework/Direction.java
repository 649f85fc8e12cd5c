package sa.silah.casework;

/** Whether the beneficiary reached the association, or the association reached the beneficiary. */
public enum Direction {
    INBOUND, OUTBOUND
}
