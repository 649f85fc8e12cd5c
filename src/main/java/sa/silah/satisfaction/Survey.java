package sa.silah.satisfaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * One version of a survey. A version never changes once written: {@link #revise} retires it and makes the next,
 * so that a response always shows the questions it answered.
 */
@Entity
@Table(name = "survey")
public class Survey {

    /** The survey an officer sends after a call or a visit: one question. */
    public static final String CONTACT = "contact";
    static final int MAX_TEXT_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private int versionNo;

    private String nameAr;

    private String nameEn;

    private Instant createdAt;

    private String createdBy;

    private Instant retiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    static Survey first(String code, SurveyDefinition definition, String actor, Instant now) {
        definition.check();
        return new Survey(code, 1, definition, actor, now);
    }

    private Survey(String code, int versionNo, SurveyDefinition definition, String actor, Instant now) {
        this.code = code;
        this.versionNo = versionNo;
        this.nameAr = definition.nameAr().strip();
        this.nameEn = definition.nameEn().strip();
        this.createdAt = now;
        this.createdBy = actor;
        definition.questions().forEach(question -> questions.add(new SurveyQuestion(question)));
    }

    /** Retires this version and answers the next one, with the new definition. */
    Survey revise(SurveyDefinition definition, String actor, Instant now) {
        if (retiredAt != null) {
            throw new IllegalStateException("version " + versionNo + " of " + code + " is retired");
        }
        definition.check();
        retiredAt = now;
        return new Survey(code, versionNo + 1, definition, actor, now);
    }

    /**
     * The answers checked against the questions: every required question answered, every score in range,
     * every text within its length. Problems name the question's key as the field.
     *
     * @param raw the answers as typed, by question key; blank means unanswered
     */
    List<Answer> check(Map<String, String> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (SurveyQuestion question : questions) {
            String value = raw.getOrDefault(question.getKey(), "");
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (question.isRequired()) {
                    problems.add(new FieldProblem(question.getKey(), "survey.answer.required"));
                }
            } else if (question.getType() == QuestionType.TEXT) {
                if (value.length() > MAX_TEXT_ANSWER) {
                    problems.add(new FieldProblem(question.getKey(), "validation.tooLong"));
                } else {
                    answers.add(Answer.text(question.getKey(), value));
                }
            } else {
                Optional<Integer> score = score(value).filter(question::accepts);
                score.ifPresentOrElse(s -> answers.add(Answer.score(question.getKey(), question.getType(), s)),
                        () -> problems.add(new FieldProblem(question.getKey(), "survey.answer.invalid")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return answers;
    }

    private static Optional<Integer> score(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The question playing a role in the headline figures, if this version has one. */
    Optional<SurveyQuestion> question(Measure measure) {
        return questions.stream().filter(question -> question.getMeasure() == measure).findFirst();
    }

    Optional<SurveyQuestion> likelihoodQuestion() {
        return questions.stream().filter(question -> question.getType() == QuestionType.LIKELIHOOD).findFirst();
    }

    public SurveyDefinition definition() {
        return new SurveyDefinition(nameAr, nameEn, questions.stream().map(SurveyQuestion::definition).toList());
    }

    public Map<String, SurveyQuestion> questionsByKey() {
        Map<String, SurveyQuestion> byKey = new HashMap<>();
        questions.forEach(question -> byKey.put(question.getKey(), question));
        return byKey;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameAr;
    }

    public boolean isCurrent() {
        return retiredAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getNameAr() {
        return nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public List<SurveyQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
