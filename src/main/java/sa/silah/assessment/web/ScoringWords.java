package sa.silah.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentDefinition.Question;
import sa.silah.assessment.AssessmentDefinition.Rule;
import sa.silah.assessment.QuestionType;
import sa.silah.assessment.ScoreSource;

/**
 * How a form scores, in plain words for whoever reads it: each rule's label and points, and the condition that gives
 * them ("income per member below 0.5 of the poverty line"), worked out from the rule itself so that the words never
 * say other than what is computed. The "no black box" page and the read-only view of a version show them, and the
 * editor shows each rule row's words as it is typed.
 */
@Component
class ScoringWords {

    /** One rule in words: its label, the points it gives, and when. */
    record RuleLine(String label, int points, String condition) {
    }

    private final MessageSource messages;

    ScoringWords(MessageSource messages) {
        this.messages = messages;
    }

    List<RuleLine> rules(AssessmentDefinition definition, Locale locale) {
        return definition.rules().stream()
                .map(rule -> new RuleLine(label(rule, locale), rule.points(), condition(definition, rule, locale)
                        .orElse(""))).toList();
    }

    /**
     * Each rule row of a definition being edited in words, or an empty text while the row is too incomplete to say
     * anything (no source yet, an unknown question, no range): the editor shows them beside the rows.
     */
    List<String> conditions(AssessmentDefinition definition, Locale locale) {
        return definition.rules().stream().map(rule -> condition(definition, rule, locale).orElse("")).toList();
    }

    private static String label(Rule rule, Locale locale) {
        return "en".equals(locale.getLanguage()) && rule.labelEn() != null ? rule.labelEn() : rule.labelAr();
    }

    private Optional<String> condition(AssessmentDefinition definition, Rule rule, Locale locale) {
        if (rule.source() == null) {
            return Optional.empty();
        }
        // Looked up null-safely: a row being typed may have no code yet.
        Question question = rule.source() == ScoreSource.QUESTION ? definition.questions().stream()
                .filter(candidate -> Objects.equals(candidate.code(), rule.questionCode())).findFirst().orElse(null)
                : null;
        if (rule.source() == ScoreSource.QUESTION && (question == null || question.type() == null)) {
            return Optional.empty();
        }
        String subject = question == null
                ? text("scoreSource." + rule.source(), locale)
                : text("assessment.words.answerTo", locale, questionText(question, locale));
        if (rule.perUnit()) {
            return rule.maxPoints() == null ? Optional.empty()
                    : Optional.of(text("assessment.words.perUnit", locale, rule.points(), subject, rule.maxPoints()));
        }
        if (question != null && question.type() != QuestionType.NUMBER) {
            return rule.value() == null ? Optional.empty()
                    : Optional.of(text("assessment.words.equals", locale, subject, valueLabel(question, rule.value(), locale)));
        }
        if (rule.from() != null && rule.below() != null) {
            return Optional.of(text("assessment.words.between", locale, subject, plain(rule.from()), plain(rule.below())));
        }
        if (rule.from() != null) {
            return Optional.of(text("assessment.words.from", locale, subject, plain(rule.from())));
        }
        if (rule.below() != null) {
            return Optional.of(text("assessment.words.below", locale, subject, plain(rule.below())));
        }
        return Optional.empty();
    }

    private String valueLabel(Question question, String value, Locale locale) {
        if (question.type() == QuestionType.YES_NO) {
            return text("assessment.answer." + value, locale);
        }
        boolean english = "en".equals(locale.getLanguage());
        return question.choices().stream().filter(choice -> choice.code().equals(value)).findFirst()
                .map(choice -> english && choice.labelEn() != null ? choice.labelEn() : choice.labelAr())
                .orElse(value);
    }

    static String questionText(Question question, Locale locale) {
        return "en".equals(locale.getLanguage()) && question.textEn() != null ? question.textEn() : question.textAr();
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
