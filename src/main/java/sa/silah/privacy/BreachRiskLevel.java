package sa.silah.privacy;

/** How much harm a breach may cause the people whose data it touched. */
public enum BreachRiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
