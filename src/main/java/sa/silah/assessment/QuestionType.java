package sa.silah.assessment;

/** How a question of an assessment form is answered. */
public enum QuestionType {
    NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, DATE, TEXT
}
