package sa.silah.beneficiary;

/** How a household member is related to the head of the household. */
public enum Relation {
    SPOUSE, SON, DAUGHTER, FATHER, MOTHER, BROTHER, SISTER, GRANDCHILD, OTHER
}
