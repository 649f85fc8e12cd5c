package sa.silah.satisfaction;

/** Why a beneficiary was asked for their opinion. */
public enum InvitationPurpose {
    /** Their request was resolved or rejected. */
    REQUEST_CLOSED,
    /** An officer asked after a call or a visit. */
    CONTACT,
    /** They attended an activity of the annual plan. */
    ACTIVITY
}
