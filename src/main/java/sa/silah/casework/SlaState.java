package sa.silah.casework;

/** Where an open request stands against its due time. */
public enum SlaState {
    ON_TRACK, AT_RISK, BREACHED
}
