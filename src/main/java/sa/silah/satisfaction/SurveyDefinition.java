package sa.silah.satisfaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A survey as an administrator writes it: its names and its questions in order. {@link #check()} finds every
 * problem at once; fields are named {@code nameAr}, {@code questions[2].textEn} and so on.
 */
public record SurveyDefinition(String nameAr, String nameEn, List<Question> questions) {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_CHOICES = 2000;
    static final int MAX_QUESTIONS = 20;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public SurveyDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /**
     * One question. {@code key} names it across versions (lower-case Latin letters, digits, hyphens);
     * choices are one per line and only for {@link QuestionType#CHOICE}.
     */
    public record Question(String key, QuestionType type, Measure measure, String textAr, String textEn,
            String choicesAr, String choicesEn, boolean required) {
    }

    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "nameAr", nameAr, MAX_NAME);
        text(problems, "nameEn", nameEn, MAX_NAME);
        if (questions.isEmpty()) {
            problems.add(new FieldProblem("questions", "survey.questions.none"));
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "survey.questions.tooMany"));
        }
        Set<String> keys = new HashSet<>();
        Set<Measure> measures = new HashSet<>();
        boolean likelihood = false;
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String field = "questions[" + i + "].";
            if (question.key() == null || !KEY.matcher(question.key().strip()).matches()) {
                problems.add(new FieldProblem(field + "key", "survey.question.key.invalid"));
            } else if (!keys.add(question.key().strip())) {
                problems.add(new FieldProblem(field + "key", "survey.question.key.repeated"));
            }
            if (question.type() == null) {
                problems.add(new FieldProblem(field + "type", "survey.field.required"));
            }
            text(problems, field + "textAr", question.textAr(), MAX_TEXT);
            text(problems, field + "textEn", question.textEn(), MAX_TEXT);
            if (question.measure() != null) {
                if (question.measure().type() != question.type()) {
                    problems.add(new FieldProblem(field + "measure", "survey.question.measure." + question.measure()));
                } else if (!measures.add(question.measure())) {
                    problems.add(new FieldProblem(field + "measure", "survey.question.measure.repeated"));
                }
            }
            if (question.type() == QuestionType.LIKELIHOOD) {
                if (likelihood) {
                    problems.add(new FieldProblem(field + "type", "survey.question.likelihood.repeated"));
                }
                likelihood = true;
            }
            if (question.type() == QuestionType.CHOICE) {
                choices(problems, field, question);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static void choices(List<FieldProblem> problems, String field, Question question) {
        int arabic = count(question.choicesAr());
        int english = count(question.choicesEn());
        boolean arabicValid = arabic >= 2 && length(question.choicesAr()) <= MAX_CHOICES;
        boolean englishValid = english >= 2 && length(question.choicesEn()) <= MAX_CHOICES;
        if (!arabicValid) {
            problems.add(new FieldProblem(field + "choicesAr", "survey.question.choices.invalid"));
        }
        if (!englishValid) {
            problems.add(new FieldProblem(field + "choicesEn", "survey.question.choices.invalid"));
        } else if (arabicValid && english != arabic) {
            problems.add(new FieldProblem(field + "choicesEn", "survey.question.choices.mismatch"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "survey.field.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static int count(String lines) {
        return lines == null || lines.isBlank() ? 0 : lines(lines).split("\n").length;
    }

    /** The non-blank lines, stripped, one per line. */
    static String lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
