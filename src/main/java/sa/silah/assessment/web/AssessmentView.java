package sa.silah.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentDefinition.Question;
import sa.silah.assessment.Factor;
import sa.silah.assessment.QuestionType;

/**
 * An assessment as a page shows it, in the page's language: answers by section with choice labels, and the score's
 * explanation. Sensitive answers, and the explanation lines that would reveal them, are left out here, in the
 * model, for whoever may not read them; the template cannot show what it was never given.
 */
record AssessmentView(List<Section> sections, List<Line> explanation, boolean sensitiveHidden) {

    record Section(String title, List<Answer> answers) {
    }

    /** One answer; a yes or no is a message key, to be read in the page's language. */
    record Answer(String code, String question, String answer, String messageKey, boolean sensitive) {
    }

    /** One line of the explanation; {@code hidden} when it comes from a sensitive answer the reader may not see. */
    record Line(String factor, String observed, String observedKey, Integer points, boolean hidden) {
    }

    static AssessmentView of(Assessment assessment, AssessmentDefinition definition, boolean seesSensitive,
            Locale locale) {
        boolean english = isEnglish(locale);
        Map<String, String> answers = new LinkedHashMap<>(assessment.answers());
        if (seesSensitive) {
            answers.putAll(assessment.sensitiveAnswers());
        }
        Map<String, List<Answer>> bySection = new LinkedHashMap<>();
        for (Question question : definition.questions()) {
            String answer = answers.get(question.code());
            if (answer == null) {
                continue;
            }
            bySection.computeIfAbsent(section(question, english), title -> new ArrayList<>())
                    .add(answer(question, answer, english));
        }
        List<Section> sections = bySection.entrySet().stream()
                .map(entry -> new Section(entry.getKey(), entry.getValue())).toList();
        List<Line> lines = assessment.explanation().stream()
                .map(factor -> line(factor, definition, seesSensitive, english))
                .toList();
        boolean hidden = !seesSensitive && definition.hasSensitiveQuestions();
        return new AssessmentView(sections, lines, hidden);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String label(Factor factor, boolean english) {
        return english && factor.labelEn() != null && !factor.labelEn().isBlank() ? factor.labelEn() : factor.labelAr();
    }

    static String section(Question question, boolean english) {
        String title = english && question.sectionEn() != null ? question.sectionEn() : question.sectionAr();
        return title == null ? "" : title;
    }

    static String text(Question question, boolean english) {
        return english && question.textEn() != null && !question.textEn().isBlank() ? question.textEn() : question.textAr();
    }

    static String choice(AssessmentDefinition.Choice choice, boolean english) {
        return english && choice.labelEn() != null && !choice.labelEn().isBlank() ? choice.labelEn() : choice.labelAr();
    }

    private static Answer answer(Question question, String answer, boolean english) {
        String key = question.type() == QuestionType.YES_NO ? "assessment.answer." + answer : null;
        return new Answer(question.code(), text(question, english), key == null ? shown(question, answer, english) : null,
                key, question.sensitive());
    }

    /** An answer as read: choice labels rather than codes. */
    private static String shown(Question question, String answer, boolean english) {
        if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTIPLE_CHOICE) {
            return answer;
        }
        return Arrays.stream(answer.split(",")).map(code -> question.choices().stream()
                        .filter(choice -> choice.code().equals(code)).findFirst()
                        .map(choice -> choice(choice, english)).orElse(code))
                .collect(Collectors.joining(english ? ", " : "، "));
    }

    /** A line of the explanation; what a choice rule saw is the choice's label, not its code. */
    private static Line line(Factor factor, AssessmentDefinition definition, boolean seesSensitive, boolean english) {
        Question question = definition.questionOf(factor).orElse(null);
        if (question != null && question.sensitive() && !seesSensitive) {
            return new Line(null, null, null, null, true);
        }
        if (question != null && question.type() == QuestionType.YES_NO) {
            return new Line(label(factor, english), null, "assessment.answer." + factor.observed(), factor.points(),
                    false);
        }
        String observed = question == null ? factor.observed() : shown(question, factor.observed(), english);
        return new Line(label(factor, english), observed, null, factor.points(), false);
    }
}
