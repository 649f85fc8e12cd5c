package sa.silah.casework;

/** How a phone call ended, as the officer who made or took it records it. */
public enum CallOutcome {
    ANSWERED, NO_ANSWER, BUSY, WRONG_NUMBER, CALLBACK_REQUESTED
}
