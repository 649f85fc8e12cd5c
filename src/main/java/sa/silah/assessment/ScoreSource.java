package sa.silah.assessment;

/**
 * What a scoring rule looks at: the answer to one question, or a figure worked out from the answers and the
 * household — the monthly income per member, the same after fixed expenses, that income as a share of the poverty
 * line, the number of dependents, the household's size.
 */
public enum ScoreSource {
    QUESTION, INCOME_PER_MEMBER, NET_INCOME_PER_MEMBER, POVERTY_LINE_RATIO, DEPENDENTS, HOUSEHOLD_SIZE;

    boolean needsQuestion() {
        return this == QUESTION;
    }
}
