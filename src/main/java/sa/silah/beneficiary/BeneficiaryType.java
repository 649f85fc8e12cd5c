package sa.silah.beneficiary;

/** A beneficiary is a person or an organisation (a waqf, a company, a non-profit, a government body). */
public enum BeneficiaryType {
    INDIVIDUAL, ORGANIZATION
}
