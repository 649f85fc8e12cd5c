package sa.silah.activity;

/** A registrant holds a place, waits on the list for one, or cancelled. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED;

    public boolean isActive() {
        return this != CANCELLED;
    }
}
