package sa.silah.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import sa.silah.shared.ArabicText;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * An assessment form as an administrator writes it: its questions in sections, the scoring rules, the poverty line,
 * the scores from which need is medium or high, and how many months an assessment stays valid. A version of a form
 * never changes; {@link #score} is the whole of how answers become a score, so every point can be explained.
 */
public record AssessmentDefinition(String titleAr, String titleEn, List<Question> questions, List<Rule> rules,
        BigDecimal povertyLine, int mediumFrom, int highFrom, int validityMonths) {

    static final int MAX_TEXT = 300;
    static final int MAX_ANSWER = 2000;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int SCALE = 2;
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final String ARABIC_THOUSANDS_SEPARATOR = "\u066C";

    public AssessmentDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * One question. {@code code} names it across versions; {@code choices} are {@code code=Arabic|English}, one per
     * line. A sensitive question (health, disability) is asked only with the beneficiary's explicit consent and shown
     * only to the roles that need it; an evidence question asks for a supporting document; a staff-only question
     * (the officer's own notes) is never put to the beneficiary in the portal.
     */
    public record Question(String code, String sectionAr, String sectionEn, String textAr, String textEn,
            QuestionType type, IncomeRole incomeRole, List<Choice> choices, boolean required, boolean sensitive,
            boolean evidence, boolean staffOnly) {

        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
            incomeRole = incomeRole == null ? IncomeRole.NONE : incomeRole;
        }

        /** A question the beneficiary may answer too. */
        public Question(String code, String sectionAr, String sectionEn, String textAr, String textEn,
                QuestionType type, IncomeRole incomeRole, List<Choice> choices, boolean required, boolean sensitive,
                boolean evidence) {
            this(code, sectionAr, sectionEn, textAr, textEn, type, incomeRole, choices, required, sensitive, evidence,
                    false);
        }

        /** Whether it is put to whoever answers: staff-only questions are not put to the beneficiary. */
        public boolean isAskedOf(AssessedVia via) {
            return !(staffOnly && via == AssessedVia.PORTAL);
        }

        boolean hasChoice(String code) {
            return choices.stream().anyMatch(choice -> choice.code().equals(code));
        }
    }

    public record Choice(String code, String labelAr, String labelEn) {
    }

    /**
     * One scoring rule: when what it looks at ({@code source}, or the answer to {@code questionCode}) lies in
     * {@code [from, below)} — or, for a choice or yes/no, equals {@code value} — it gives {@code points}. A per-unit
     * rule gives {@code points} for each unit of a number (each dependent, say), at most {@code maxPoints}.
     */
    public record Rule(String labelAr, String labelEn, ScoreSource source, String questionCode, BigDecimal from,
            BigDecimal below, String value, int points, boolean perUnit, Integer maxPoints) {
    }

    /** The problems of the definition, all at once; fields are named {@code questions[2].code} and so on. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "titleAr", titleAr, true);
        text(problems, "titleEn", titleEn, false);
        if (questions.isEmpty()) {
            problems.add(new FieldProblem("questions", "assessment.form.questions.none"));
        }
        Map<String, Question> byCode = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            checkQuestion(problems, "questions[" + i + "].", questions.get(i), byCode);
        }
        for (int i = 0; i < rules.size(); i++) {
            checkRule(problems, "rules[" + i + "].", rules.get(i), byCode);
        }
        if (povertyLine == null || povertyLine.signum() <= 0) {
            problems.add(new FieldProblem("povertyLine", "assessment.form.povertyLine.invalid"));
        }
        if (mediumFrom < 1 || highFrom <= mediumFrom) {
            problems.add(new FieldProblem("highFrom", "assessment.form.levels.invalid"));
        }
        if (validityMonths < 1 || validityMonths > 60) {
            problems.add(new FieldProblem("validityMonths", "assessment.form.validity.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static void checkQuestion(List<FieldProblem> problems, String field, Question question,
            Map<String, Question> byCode) {
        if (question.code() == null || !CODE.matcher(question.code()).matches()) {
            problems.add(new FieldProblem(field + "code", "assessment.form.code.invalid"));
        } else if (byCode.putIfAbsent(question.code(), question) != null) {
            problems.add(new FieldProblem(field + "code", "assessment.form.code.repeated"));
        }
        text(problems, field + "textAr", question.textAr(), true);
        text(problems, field + "textEn", question.textEn(), false);
        text(problems, field + "sectionAr", question.sectionAr(), false);
        if (question.type() == null) {
            problems.add(new FieldProblem(field + "type", "assessment.form.field.required"));
            return;
        }
        boolean choices = question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTIPLE_CHOICE;
        if (choices && question.choices().size() < 2) {
            problems.add(new FieldProblem(field + "choices", "assessment.form.choices.tooFew"));
        }
        Set<String> codes = new HashSet<>();
        if (question.choices().stream().anyMatch(choice -> choice.code() == null
                || !CODE.matcher(choice.code()).matches() || !codes.add(choice.code()) || isBlank(choice.labelAr()))) {
            problems.add(new FieldProblem(field + "choices", "assessment.form.choices.invalid"));
        }
        if (question.incomeRole() != IncomeRole.NONE && question.type() != QuestionType.NUMBER) {
            problems.add(new FieldProblem(field + "incomeRole", "assessment.form.incomeRole.onlyNumbers"));
        }
    }

    private static void checkRule(List<FieldProblem> problems, String field, Rule rule, Map<String, Question> byCode) {
        text(problems, field + "labelAr", rule.labelAr(), true);
        if (rule.source() == null) {
            problems.add(new FieldProblem(field + "source", "assessment.form.field.required"));
            return;
        }
        Question question = rule.source().needsQuestion() ? byCode.get(rule.questionCode()) : null;
        if (rule.source().needsQuestion() && question == null) {
            problems.add(new FieldProblem(field + "questionCode", "assessment.form.rule.question.unknown"));
            return;
        }
        boolean numeric = question == null || question.type() == QuestionType.NUMBER;
        if (Math.abs(rule.points()) > 100) {
            problems.add(new FieldProblem(field + "points", "assessment.form.rule.points.invalid"));
        }
        if (rule.perUnit()) {
            if (!numeric) {
                problems.add(new FieldProblem(field + "perUnit", "assessment.form.rule.perUnit.onlyNumbers"));
            }
            if (rule.maxPoints() == null || rule.maxPoints() < 1) {
                problems.add(new FieldProblem(field + "maxPoints", "assessment.form.rule.maxPoints.required"));
            }
        } else if (numeric) {
            if (rule.from() == null && rule.below() == null
                    || rule.from() != null && rule.below() != null && rule.from().compareTo(rule.below()) >= 0) {
                problems.add(new FieldProblem(field + "below", "assessment.form.rule.range.invalid"));
            }
        } else if (!valueFits(question, rule.value())) {
            problems.add(new FieldProblem(field + "value", "assessment.form.rule.value.invalid"));
        }
    }

    private static boolean valueFits(Question question, String value) {
        if (value == null) {
            return false;
        }
        return switch (question.type()) {
            case YES_NO -> value.equals("yes") || value.equals("no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.hasChoice(value);
            default -> false;
        };
    }

    /**
     * The answers as they will be kept: trimmed, numbers in plain form, multiple choices sorted and comma-separated;
     * every problem at once, fields named {@code answers[code]}.
     */
    Map<String, String> checkAnswers(Map<String, String> answers) {
        return checkAnswers(answers, AssessedVia.INTERVIEW);
    }

    /** The same, for the questions put to whoever answers: the beneficiary's answers to staff-only ones are dropped. */
    Map<String, String> checkAnswers(Map<String, String> answers, AssessedVia via) {
        Map<String, String> kept = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Question question : questions.stream().filter(question -> question.isAskedOf(via)).toList()) {
            String raw = answers == null ? null : answers.get(question.code());
            String field = "answers[" + question.code() + "]";
            if (isBlank(raw)) {
                if (question.required()) {
                    problems.add(new FieldProblem(field, "assessment.answer.required"));
                }
                continue;
            }
            String answer = normalised(question, raw.strip());
            if (answer == null) {
                problems.add(new FieldProblem(field, "assessment.answer.invalid." + question.type().name()));
            } else {
                kept.put(question.code(), answer);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return kept;
    }

    private static String normalised(Question question, String raw) {
        switch (question.type()) {
            case NUMBER -> {
                BigDecimal number = number(raw);
                return number == null || number.signum() < 0 ? null : number.stripTrailingZeros().toPlainString();
            }
            case SINGLE_CHOICE -> {
                return question.hasChoice(raw) ? raw : null;
            }
            case MULTIPLE_CHOICE -> {
                List<String> chosen = Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().sorted().toList();
                return chosen.stream().allMatch(question::hasChoice) ? String.join(",", chosen) : null;
            }
            case YES_NO -> {
                return raw.equals("yes") || raw.equals("no") ? raw : null;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(ArabicText.toAsciiDigits(raw)).toString();
                }
                catch (DateTimeParseException notADate) {
                    return null;
                }
            }
            default -> {
                return raw.length() > MAX_ANSWER ? null : raw;
            }
        }
    }

    /** Scores checked answers for this household: every rule in order, each that gives points explained. */
    public Score score(Map<String, String> answers, Household household) {
        Map<ScoreSource, BigDecimal> figures = figures(answers, household);
        List<Factor> factors = new ArrayList<>();
        int total = 0;
        for (Rule rule : rules) {
            Factor factor = apply(rule, answers, figures);
            if (factor != null && factor.points() != 0) {
                factors.add(factor);
                total += factor.points();
            }
        }
        NeedLevel level = total >= highFrom ? NeedLevel.HIGH : total >= mediumFrom ? NeedLevel.MEDIUM : NeedLevel.LOW;
        return new Score(total, level, factors);
    }

    /** The household's monthly income (the answers to the income questions) per member, as the score counts it. */
    public BigDecimal incomePerMember(Map<String, String> answers, Household household) {
        return figures(answers, household).get(ScoreSource.INCOME_PER_MEMBER);
    }

    private Map<ScoreSource, BigDecimal> figures(Map<String, String> answers, Household household) {
        BigDecimal income = sum(answers, IncomeRole.INCOME);
        BigDecimal expenses = sum(answers, IncomeRole.EXPENSE);
        BigDecimal members = BigDecimal.valueOf(household.size());
        BigDecimal perMember = income.divide(members, SCALE, RoundingMode.HALF_UP);
        Map<ScoreSource, BigDecimal> figures = new HashMap<>();
        figures.put(ScoreSource.INCOME_PER_MEMBER, perMember);
        figures.put(ScoreSource.NET_INCOME_PER_MEMBER, income.subtract(expenses).divide(members, SCALE, RoundingMode.HALF_UP));
        figures.put(ScoreSource.POVERTY_LINE_RATIO, perMember.divide(povertyLine, SCALE, RoundingMode.HALF_UP));
        figures.put(ScoreSource.DEPENDENTS, BigDecimal.valueOf(household.dependents()));
        figures.put(ScoreSource.HOUSEHOLD_SIZE, members);
        return figures;
    }

    private BigDecimal sum(Map<String, String> answers, IncomeRole role) {
        return questions.stream().filter(question -> question.incomeRole() == role)
                .map(question -> answers.get(question.code())).filter(answer -> answer != null)
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Factor apply(Rule rule, Map<String, String> answers, Map<ScoreSource, BigDecimal> figures) {
        Question question = rule.source().needsQuestion() ? question(rule.questionCode()) : null;
        String answer = question == null ? null : answers.get(question.code());
        if (question != null && answer == null) {
            return null;
        }
        if (question != null && question.type() != QuestionType.NUMBER) {
            boolean chosen = question.type() == QuestionType.MULTIPLE_CHOICE
                    ? List.of(answer.split(",")).contains(rule.value()) : answer.equals(rule.value());
            return chosen ? factor(rule, rule.value(), rule.points()) : null;
        }
        BigDecimal value = question == null ? figures.get(rule.source()) : new BigDecimal(answer);
        String observed = value.stripTrailingZeros().toPlainString();
        if (rule.perUnit()) {
            int points = value.multiply(BigDecimal.valueOf(rule.points())).setScale(0, RoundingMode.DOWN).intValue();
            return factor(rule, observed, Math.min(points, rule.maxPoints()));
        }
        boolean inRange = (rule.from() == null || value.compareTo(rule.from()) >= 0)
                && (rule.below() == null || value.compareTo(rule.below()) < 0);
        return inRange ? factor(rule, observed, rule.points()) : null;
    }

    private static Factor factor(Rule rule, String observed, int points) {
        return new Factor(rule.labelAr(), rule.labelEn(), observed, points);
    }

    public Question question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst().orElse(null);
    }

    /** The question whose answer gave this line of an explanation, if a rule on a question gave it. */
    public Optional<Question> questionOf(Factor factor) {
        return rules.stream().filter(rule -> rule.labelAr().equals(factor.labelAr())
                        && Objects.equals(rule.labelEn(), factor.labelEn()) && rule.source().needsQuestion())
                .map(rule -> question(rule.questionCode())).filter(Objects::nonNull).findFirst();
    }

    /**
     * Whether this line of an explanation was given by a rule on a sensitive question, so that showing it would show
     * the sensitive answer to whoever may not see it.
     */
    public boolean fromSensitiveAnswer(Factor factor) {
        return questionOf(factor).map(Question::sensitive).orElse(false);
    }

    public boolean hasSensitiveQuestions() {
        return questions.stream().anyMatch(Question::sensitive);
    }

    private static BigDecimal number(String raw) {
        try {
            String ascii = ArabicText.toAsciiDigits(raw).replace(ARABIC_DECIMAL_SEPARATOR, '.');
            return new BigDecimal(ascii.replace(",", "").replace(ARABIC_THOUSANDS_SEPARATOR, ""));
        }
        catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        if (required && isBlank(value)) {
            problems.add(new FieldProblem(field, "assessment.form.field.required"));
        } else if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "assessment.form.field.tooLong"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
