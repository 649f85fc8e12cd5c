package sa.silah.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentDefinition.Question;

/**
 * A form version as the officer fills it, in the page's language, by section. Without the beneficiary's consent to
 * sensitive data the sensitive questions are not in it at all, only counted, so the page can say why they are missing.
 */
record AssessmentFormView(String title, List<Section> sections, int withheld) {

    record Section(String title, List<Field> fields) {
    }

    record Field(String code, String text, String type, List<Option> options, boolean required, boolean sensitive,
            boolean evidence) {

        /** The request parameter of the answer, as the errors name it too. */
        public String name() {
            return "answers[" + code + "]";
        }

        public String evidenceName() {
            return "evidence[" + code + "]";
        }
    }

    record Option(String code, String label) {
    }

    /** The names of the inputs the page shows, whose problems go beside them. */
    public List<String> shownFields() {
        return Stream.concat(Stream.of("via"), sections.stream().flatMap(section -> section.fields().stream())
                .flatMap(field -> Stream.of(field.name(), field.evidenceName()))).toList();
    }

    static AssessmentFormView of(AssessmentDefinition definition, boolean consented, Locale locale) {
        boolean english = AssessmentView.isEnglish(locale);
        Map<String, List<Field>> bySection = new LinkedHashMap<>();
        int withheld = 0;
        for (Question question : definition.questions()) {
            if (question.sensitive() && !consented) {
                withheld++;
                continue;
            }
            List<Option> options = question.choices().stream()
                    .map(choice -> new Option(choice.code(), AssessmentView.choice(choice, english))).toList();
            bySection.computeIfAbsent(AssessmentView.section(question, english), title -> new ArrayList<>())
                    .add(new Field(question.code(), AssessmentView.text(question, english), question.type().name(),
                            options, question.required(), question.sensitive(), question.evidence()));
        }
        String title = english && definition.titleEn() != null ? definition.titleEn() : definition.titleAr();
        return new AssessmentFormView(title,
                bySection.entrySet().stream().map(entry -> new Section(entry.getKey(), entry.getValue())).toList(),
                withheld);
    }
}
