package sa.silah.privacy;

/** The PDPL grounds on which personal data may be processed; each processing activity names one. */
public enum LegalBasis {
    /** The data subject's documented consent for this purpose, which they may withdraw. */
    CONSENT,
    /** Providing the service the data subject asked for, or a contract with them. */
    SERVICE,
    /** A law or regulation the association must comply with. */
    LEGAL_OBLIGATION,
    /** Protecting the life or vital interests of the data subject or another person. */
    VITAL_INTEREST,
    /** A task in the public interest. */
    PUBLIC_INTEREST,
    /** The association's legitimate interest, where it does not override the data subject's rights. */
    LEGITIMATE_INTEREST
}
