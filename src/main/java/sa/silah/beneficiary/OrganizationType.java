package sa.silah.beneficiary;

/** What kind of organisation a beneficiary is. */
public enum OrganizationType {
    WAQF, COMPANY, NON_PROFIT, GOVERNMENT
}
