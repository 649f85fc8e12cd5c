package sa.silah.beneficiary;

/** A person's gender, as the national ID records it. */
public enum Gender {
    MALE, FEMALE
}
