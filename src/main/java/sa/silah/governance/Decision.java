package sa.silah.governance;

/** A board member's decision on a version under review. */
public enum Decision {
    APPROVE, OBJECT
}
