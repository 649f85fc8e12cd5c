package sa.silah.satisfaction;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One question of a survey version, in Arabic and English. */
@Embeddable
public class SurveyQuestion {

    @Column(name = "question_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private QuestionType type;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    private String textAr;

    private String textEn;

    private String choicesAr;

    private String choicesEn;

    private boolean required;

    protected SurveyQuestion() {
    }

    SurveyQuestion(SurveyDefinition.Question question) {
        this.key = question.key().strip();
        this.type = question.type();
        this.measure = question.measure();
        this.textAr = question.textAr().strip();
        this.textEn = question.textEn().strip();
        this.choicesAr = type == QuestionType.CHOICE ? SurveyDefinition.lines(question.choicesAr()) : null;
        this.choicesEn = type == QuestionType.CHOICE ? SurveyDefinition.lines(question.choicesEn()) : null;
        this.required = question.required();
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textAr;
    }

    /** The options of a choice question in a language; empty for other questions. */
    public List<String> choices(String language) {
        String lines = "en".equals(language) ? choicesEn : choicesAr;
        return lines == null ? List.of() : Arrays.asList(lines.split("\n"));
    }

    /** The score an answer may have, or empty when it is out of range or not a number. */
    boolean accepts(int score) {
        return type != QuestionType.TEXT && score >= type.lowest() && score <= type.highest(choices("ar").size());
    }

    SurveyDefinition.Question definition() {
        return new SurveyDefinition.Question(key, type, measure, textAr, textEn, choicesAr, choicesEn, required);
    }

    public String getKey() {
        return key;
    }

    public QuestionType getType() {
        return type;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getChoicesAr() {
        return choicesAr;
    }

    public String getChoicesEn() {
        return choicesEn;
    }

    public boolean isRequired() {
        return required;
    }
}
