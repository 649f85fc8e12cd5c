package sa.silah.satisfaction;

/** The role a question plays in the headline figures. */
public enum Measure {
    /** The overall rating (1–5): CSAT is the share of 4 and 5; 1 or 2 opens a follow-up. */
    OVERALL(QuestionType.RATING),
    /** "Was your request resolved?": a no opens a follow-up. */
    RESOLUTION(QuestionType.YES_NO);

    private final QuestionType type;

    Measure(QuestionType type) {
        this.type = type;
    }

    /** The only type of question that can play this role. */
    public QuestionType type() {
        return type;
    }
}
