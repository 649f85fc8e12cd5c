package sa.silah.satisfaction.web;

import java.util.ArrayList;
import java.util.List;

import sa.silah.satisfaction.Measure;
import sa.silah.satisfaction.QuestionType;
import sa.silah.satisfaction.SurveyDefinition;

/**
 * The page form of a survey: its code (for a new one), its names and its question rows. Rows are added, removed
 * and moved by submit buttons that send the form back, so that the page works without JavaScript.
 */
public class SurveyForm {

    private String code;

    private String nameAr;

    private String nameEn;

    private List<QuestionRow> questions = new ArrayList<>();

    static SurveyForm of(String code, SurveyDefinition definition) {
        SurveyForm form = new SurveyForm();
        form.code = code;
        form.nameAr = definition.nameAr();
        form.nameEn = definition.nameEn();
        definition.questions().forEach(question -> form.questions.add(QuestionRow.of(question)));
        return form;
    }

    static SurveyForm blank() {
        SurveyForm form = new SurveyForm();
        form.questions.add(new QuestionRow());
        return form;
    }

    SurveyDefinition toDefinition() {
        return new SurveyDefinition(nameAr, nameEn, questions.stream().map(QuestionRow::toQuestion).toList());
    }

    void addRow() {
        questions.add(new QuestionRow());
    }

    void removeRow(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    /** Moves a row one place up (-1) or down (+1); a move past either end does nothing. */
    void moveRow(int index, int by) {
        int target = index + by;
        if (index >= 0 && index < questions.size() && target >= 0 && target < questions.size()) {
            questions.add(target, questions.remove(index));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionRow> questions) {
        this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
    }

    /** One question row of the form. */
    public static class QuestionRow {

        private String key;

        private QuestionType type = QuestionType.RATING;

        private Measure measure;

        private String textAr;

        private String textEn;

        private String choicesAr;

        private String choicesEn;

        private boolean required;

        static QuestionRow of(SurveyDefinition.Question question) {
            QuestionRow row = new QuestionRow();
            row.key = question.key();
            row.type = question.type();
            row.measure = question.measure();
            row.textAr = question.textAr();
            row.textEn = question.textEn();
            row.choicesAr = question.choicesAr();
            row.choicesEn = question.choicesEn();
            row.required = question.required();
            return row;
        }

        SurveyDefinition.Question toQuestion() {
            return new SurveyDefinition.Question(key, type, measure, textAr, textEn, choicesAr, choicesEn, required);
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public Measure getMeasure() {
            return measure;
        }

        public void setMeasure(Measure measure) {
            this.measure = measure;
        }

        public String getTextAr() {
            return textAr;
        }

        public void setTextAr(String textAr) {
            this.textAr = textAr;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }

        public String getChoicesAr() {
            return choicesAr;
        }

        public void setChoicesAr(String choicesAr) {
            this.choicesAr = choicesAr;
        }

        public String getChoicesEn() {
            return choicesEn;
        }

        public void setChoicesEn(String choicesEn) {
            this.choicesEn = choicesEn;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}
