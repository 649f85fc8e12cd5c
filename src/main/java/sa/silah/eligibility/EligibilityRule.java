package sa.silah.eligibility;

/** What a service may require of a beneficiary; the machine code of each reason in a decision. */
public enum EligibilityRule {
    SEGMENT, NEED_LEVEL, INCOME_PER_MEMBER, AGE, HOUSEHOLD_SIZE, CITY, NOT_RECEIVED_WITHIN
}
