package sa.silah.beneficiary;

/**
 * What the association processes a beneficiary's personal data for. The PDPL asks for a lawful basis per purpose,
 * each withdrawable on its own; the basis decides what happens when there is no consent on record:
 * <ul>
 * <li>{@link #SERVICE_DELIVERY}, {@link #NOTIFICATIONS} and {@link #SATISFACTION_SURVEYS} rest on the
 * association's service to the beneficiary and its legitimate interest in doing it well: they go on without a
 * consent on record, and stop once the beneficiary withdraws or objects.</li>
 * <li>{@link #OUTREACH} (campaigns and news beyond the beneficiary's own requests) needs consent given and not
 * withdrawn: opt-in.</li>
 * <li>{@link #SENSITIVE_DATA} (health and disability, asked in a needs assessment) is sensitive data under the PDPL:
 * explicit consent, opt-in.</li>
 * </ul>
 *
 * @see Beneficiary#mayProcessFor(ConsentPurpose)
 */
public enum ConsentPurpose {
    SERVICE_DELIVERY(false), NOTIFICATIONS(false), SATISFACTION_SURVEYS(false), OUTREACH(true), SENSITIVE_DATA(true);

    private final boolean optIn;

    ConsentPurpose(boolean optIn) {
        this.optIn = optIn;
    }

    /** Whether processing needs a consent on record, rather than going on until the beneficiary objects. */
    public boolean needsOptIn() {
        return optIn;
    }
}
