package sa.silah.privacy;

/** The kinds of personal data an activity processes or a breach touched. */
public enum DataCategory {
    IDENTITY,
    CONTACT,
    FAMILY,
    SOCIAL_ECONOMIC,
    /** Sensitive under the PDPL: processed only with explicit consent. */
    HEALTH,
    REQUEST_CONTENT,
    COMMUNICATIONS,
    OPINIONS,
    ONLINE_IDENTIFIERS
}
