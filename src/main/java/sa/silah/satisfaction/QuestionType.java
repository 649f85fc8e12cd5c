package sa.silah.satisfaction;

/** What a question asks for, and which scores answer it. */
public enum QuestionType {
    /** 1 (very dissatisfied) to 5 (very satisfied). */
    RATING,
    /** 0 to 10: how likely the beneficiary is to recommend the association; the source of NPS. */
    LIKELIHOOD,
    /** 1 yes, 0 no. */
    YES_NO,
    /** The position of one of the question's choices. */
    CHOICE,
    /** Free text. */
    TEXT;

    public int lowest() {
        return switch (this) {
            case RATING -> 1;
            case LIKELIHOOD, YES_NO, CHOICE -> 0;
            case TEXT -> throw new IllegalStateException("a text answer has no score");
        };
    }

    /** The highest score; for a choice, the number of choices less one. */
    public int highest(int choices) {
        return switch (this) {
            case RATING -> 5;
            case LIKELIHOOD -> 10;
            case YES_NO -> 1;
            case CHOICE -> choices - 1;
            case TEXT -> throw new IllegalStateException("a text answer has no score");
        };
    }

    /** Whether a mean of the scores says something: not for a choice between options. */
    public boolean hasMean() {
        return this == RATING || this == LIKELIHOOD || this == YES_NO;
    }
}
