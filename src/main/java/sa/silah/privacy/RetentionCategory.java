package sa.silah.privacy;

/**
 * A category of personal data with a retention rule of its own. Each names what its rule does to the data older
 * than its period; the page and the messages say it in words ({@code retention.category.<NAME>}).
 */
public enum RetentionCategory {

    /**
     * Beneficiaries with no activity since the cutoff — no request submitted, changed or closed, no contact, no
     * letter, no portal sign-in, no change to the record — are erased ({@link PersonalDataErasure}). Those under a
     * legal hold and those already anonymised are skipped.
     */
    INACTIVE_BENEFICIARIES,

    /** The files of requests closed before the cutoff are deleted, row and file, unless a legal hold keeps them. */
    CLOSED_REQUEST_ATTACHMENTS,

    /** Messages sent, or given up on, before the cutoff lose their address and text. */
    DELIVERED_NOTIFICATIONS
}
