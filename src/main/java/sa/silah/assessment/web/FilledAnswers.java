package sa.silah.assessment.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import sa.silah.shared.FieldProblem;

/**
 * What the officer typed and what was wrong with it, field by field ({@code answers[code]}, {@code evidence[code]},
 * {@code via}), so that a refused form comes back as it was sent with each problem beside its question.
 */
public record FilledAnswers(Map<String, String> values, String via, Map<String, List<String>> problems) {

    static FilledAnswers empty() {
        return new FilledAnswers(Map.of(), "INTERVIEW", Map.of());
    }

    FilledAnswers refusedFor(List<FieldProblem> refused) {
        Map<String, List<String>> byField = new HashMap<>();
        refused.forEach(problem -> byField.merge(problem.field(), List.of(problem.messageKey()),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
        return new FilledAnswers(values, via, byField);
    }

    public String value(String code) {
        return values.getOrDefault(code, "");
    }

    /** Whether the choice is among the answer's (one choice, or several separated by commas). */
    public boolean chose(String code, String choice) {
        return Arrays.asList(value(code).split(",")).contains(choice);
    }

    public List<String> problemsOf(String field) {
        return problems.getOrDefault(field, List.of());
    }

    /** The problems of fields the page does not show (a health question asked without consent, say), by message key. */
    public List<String> problemsElsewhere(Collection<String> shownFields) {
        return problems.entrySet().stream().filter(entry -> !shownFields.contains(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream()).distinct().toList();
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }
}
