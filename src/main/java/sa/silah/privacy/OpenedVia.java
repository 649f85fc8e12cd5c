package sa.silah.privacy;

/** Whether the beneficiary opened the request themselves on the portal or an officer opened it for them. */
public enum OpenedVia {
    PORTAL, OFFICER
}
