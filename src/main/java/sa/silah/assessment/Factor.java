package sa.silah.assessment;

/** One line of a score's explanation: the rule, what it saw, and the points it gave. */
public record Factor(String labelAr, String labelEn, String observed, int points) {
}
