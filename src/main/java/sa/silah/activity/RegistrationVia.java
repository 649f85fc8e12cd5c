package sa.silah.activity;

/** How a beneficiary came to register: themselves in the portal, by replying to an invitation, or through an officer. */
public enum RegistrationVia {
    PORTAL, REPLY, OFFICER
}
