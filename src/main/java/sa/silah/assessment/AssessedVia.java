package sa.silah.assessment;

/** Where the answers were given: at an interview, on a home visit, or by the beneficiary in the portal. */
public enum AssessedVia {
    INTERVIEW, HOME_VISIT, PORTAL
}
