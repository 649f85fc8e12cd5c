package sa.silah.assessment;

/** How great a beneficiary's need is, from the score of their assessment. */
public enum NeedLevel {
    LOW, MEDIUM, HIGH
}
