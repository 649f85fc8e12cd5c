package sa.silah.beneficiary;

/**
 * What a beneficiary allowed the association to process their personal data for. The PDPL asks for
 * consent per purpose, each withdrawable on its own.
 */
public enum ConsentPurpose {
    SERVICE_DELIVERY, NOTIFICATIONS, SATISFACTION_SURVEYS, OUTREACH
}
