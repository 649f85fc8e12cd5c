package sa.silah.satisfaction;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One answer of a response: a score, or for a free-text question its text. */
@Embeddable
public class Answer {

    @Column(name = "question_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private QuestionType type;

    private Integer score;

    private String text;

    protected Answer() {
    }

    private Answer(String key, QuestionType type, Integer score, String text) {
        this.key = key;
        this.type = type;
        this.score = score;
        this.text = text;
    }

    static Answer score(String key, QuestionType type, int score) {
        return new Answer(key, type, score, null);
    }

    static Answer text(String key, String text) {
        return new Answer(key, QuestionType.TEXT, null, text);
    }

    public String getKey() {
        return key;
    }

    public QuestionType getType() {
        return type;
    }

    public Integer getScore() {
        return score;
    }

    public String getText() {
        return text;
    }
}
