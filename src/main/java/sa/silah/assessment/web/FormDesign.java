package sa.silah.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentDefinition.Choice;
import sa.silah.assessment.AssessmentDefinition.Question;
import sa.silah.assessment.AssessmentDefinition.Rule;
import sa.silah.assessment.IncomeRole;
import sa.silah.assessment.QuestionType;
import sa.silah.assessment.ScoreSource;

/**
 * The page form of an assessment form's definition: its code (for a new one), titles, question rows, rule rows, the
 * poverty line, the need thresholds and the validity. Rows are added, removed and moved by submit buttons that send
 * the whole form back, so the page works without JavaScript and nothing typed is lost.
 */
public class FormDesign {

    private String code;
    private String titleAr;
    private String titleEn;
    private List<QuestionRow> questions = new ArrayList<>();
    private List<RuleRow> rules = new ArrayList<>();
    private BigDecimal povertyLine;
    private Integer mediumFrom;
    private Integer highFrom;
    private Integer validityMonths;

    static FormDesign of(String code, AssessmentDefinition definition) {
        FormDesign form = new FormDesign();
        form.code = code;
        form.titleAr = definition.titleAr();
        form.titleEn = definition.titleEn();
        definition.questions().forEach(question -> form.questions.add(QuestionRow.of(question)));
        definition.rules().forEach(rule -> form.rules.add(RuleRow.of(rule)));
        form.povertyLine = definition.povertyLine();
        form.mediumFrom = definition.mediumFrom();
        form.highFrom = definition.highFrom();
        form.validityMonths = definition.validityMonths();
        return form;
    }

    static FormDesign blank() {
        FormDesign form = new FormDesign();
        form.questions.add(new QuestionRow());
        form.validityMonths = 12;
        return form;
    }

    AssessmentDefinition toDefinition() {
        return new AssessmentDefinition(titleAr, titleEn, questions.stream().map(QuestionRow::toQuestion).toList(),
                rules.stream().map(RuleRow::toRule).toList(), povertyLine, orZero(mediumFrom), orZero(highFrom),
                orZero(validityMonths));
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }

    /** Adds, removes or moves a row of one list; a move past either end, or a row not there, does nothing. */
    static <T> void change(List<T> rows, Integer remove, Integer up, Integer down) {
        if (remove != null && remove >= 0 && remove < rows.size()) {
            rows.remove((int) remove);
        } else if (up != null) {
            move(rows, up, -1);
        } else if (down != null) {
            move(rows, down, 1);
        }
    }

    private static <T> void move(List<T> rows, int index, int by) {
        int target = index + by;
        if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
            rows.add(target, rows.remove(index));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleAr() {
        return titleAr;
    }

    public void setTitleAr(String titleAr) {
        this.titleAr = titleAr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionRow> questions) {
        this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public void setRules(List<RuleRow> rules) {
        this.rules = rules == null ? new ArrayList<>() : new ArrayList<>(rules);
    }

    public BigDecimal getPovertyLine() {
        return povertyLine;
    }

    public void setPovertyLine(BigDecimal povertyLine) {
        this.povertyLine = povertyLine;
    }

    public Integer getMediumFrom() {
        return mediumFrom;
    }

    public void setMediumFrom(Integer mediumFrom) {
        this.mediumFrom = mediumFrom;
    }

    public Integer getHighFrom() {
        return highFrom;
    }

    public void setHighFrom(Integer highFrom) {
        this.highFrom = highFrom;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    /** One question row; its choices are typed one per line as {@code code=Arabic|English}. */
    public static class QuestionRow {

        private String code;
        private String sectionAr;
        private String sectionEn;
        private String textAr;
        private String textEn;
        private QuestionType type;
        private IncomeRole incomeRole = IncomeRole.NONE;
        private String choices;
        private boolean required;
        private boolean sensitive;
        private boolean evidence;
        private boolean staffOnly;

        static QuestionRow of(Question question) {
            QuestionRow row = new QuestionRow();
            row.code = question.code();
            row.sectionAr = question.sectionAr();
            row.sectionEn = question.sectionEn();
            row.textAr = question.textAr();
            row.textEn = question.textEn();
            row.type = question.type();
            row.incomeRole = question.incomeRole();
            row.choices = question.choices().stream()
                    .map(choice -> choice.code() + "=" + choice.labelAr()
                            + (choice.labelEn() == null || choice.labelEn().isBlank() ? "" : "|" + choice.labelEn()))
                    .collect(Collectors.joining("\n"));
            row.required = question.required();
            row.sensitive = question.sensitive();
            row.evidence = question.evidence();
            row.staffOnly = question.staffOnly();
            return row;
        }

        Question toQuestion() {
            return new Question(blankToNull(code), blankToNull(sectionAr), blankToNull(sectionEn), blankToNull(textAr),
                    blankToNull(textEn), type, incomeRole, parseChoices(choices), required, sensitive, evidence,
                    staffOnly);
        }

        /** A line without {@code =} or without an Arabic label becomes a choice the definition's check refuses. */
        static List<Choice> parseChoices(String text) {
            if (text == null) {
                return List.of();
            }
            return text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
                int equals = line.indexOf('=');
                String choiceCode = equals < 0 ? line : line.substring(0, equals).strip();
                String labels = equals < 0 ? "" : line.substring(equals + 1);
                int bar = labels.indexOf('|');
                String labelAr = (bar < 0 ? labels : labels.substring(0, bar)).strip();
                String labelEn = bar < 0 ? null : labels.substring(bar + 1).strip();
                return new Choice(choiceCode, blankToNull(labelAr), blankToNull(labelEn));
            }).toList();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getSectionAr() {
            return sectionAr;
        }

        public void setSectionAr(String sectionAr) {
            this.sectionAr = sectionAr;
        }

        public String getSectionEn() {
            return sectionEn;
        }

        public void setSectionEn(String sectionEn) {
            this.sectionEn = sectionEn;
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

        public QuestionType getType() {
            return type;
        }

        public void setType(QuestionType type) {
            this.type = type;
        }

        public IncomeRole getIncomeRole() {
            return incomeRole;
        }

        public void setIncomeRole(IncomeRole incomeRole) {
            this.incomeRole = incomeRole;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isSensitive() {
            return sensitive;
        }

        public void setSensitive(boolean sensitive) {
            this.sensitive = sensitive;
        }

        public boolean isStaffOnly() {
            return staffOnly;
        }

        public void setStaffOnly(boolean staffOnly) {
            this.staffOnly = staffOnly;
        }

        public boolean isEvidence() {
            return evidence;
        }

        public void setEvidence(boolean evidence) {
            this.evidence = evidence;
        }
    }

    /** One scoring rule row. */
    public static class RuleRow {

        private String labelAr;
        private String labelEn;
        private ScoreSource source;
        private String questionCode;
        private BigDecimal from;
        private BigDecimal below;
        private String value;
        private Integer points = 0;
        private boolean perUnit;
        private Integer maxPoints;

        static RuleRow of(Rule rule) {
            RuleRow row = new RuleRow();
            row.labelAr = rule.labelAr();
            row.labelEn = rule.labelEn();
            row.source = rule.source();
            row.questionCode = rule.questionCode();
            row.from = rule.from();
            row.below = rule.below();
            row.value = rule.value();
            row.points = rule.points();
            row.perUnit = rule.perUnit();
            row.maxPoints = rule.maxPoints();
            return row;
        }

        /** What the rule does not use is dropped, so that a version keeps only what scores. */
        Rule toRule() {
            boolean question = source == ScoreSource.QUESTION;
            return new Rule(blankToNull(labelAr), blankToNull(labelEn), source,
                    question ? blankToNull(questionCode) : null, perUnit ? null : from, perUnit ? null : below,
                    perUnit ? null : blankToNull(value), points == null ? 0 : points, perUnit,
                    perUnit ? maxPoints : null);
        }

        public String getLabelAr() {
            return labelAr;
        }

        public void setLabelAr(String labelAr) {
            this.labelAr = labelAr;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public ScoreSource getSource() {
            return source;
        }

        public void setSource(ScoreSource source) {
            this.source = source;
        }

        public String getQuestionCode() {
            return questionCode;
        }

        public void setQuestionCode(String questionCode) {
            this.questionCode = questionCode;
        }

        public BigDecimal getFrom() {
            return from;
        }

        public void setFrom(BigDecimal from) {
            this.from = from;
        }

        public BigDecimal getBelow() {
            return below;
        }

        public void setBelow(BigDecimal below) {
            this.below = below;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public boolean isPerUnit() {
            return perUnit;
        }

        public void setPerUnit(boolean perUnit) {
            this.perUnit = perUnit;
        }

        public Integer getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(Integer maxPoints) {
            this.maxPoints = maxPoints;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
