package sa.silah.satisfaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;

/** An improvement as a manager writes it: the text in both languages, when it was made, and the service if any. */
public record ImprovementDetails(String textAr, String textEn, LocalDate madeOn, Long serviceId) {

    static final int MAX_TEXT = 1000;

    /** Every problem at once, except whether the service exists, which the log checks. */
    List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "textAr", textAr);
        text(problems, "textEn", textEn);
        if (madeOn == null) {
            problems.add(new FieldProblem("madeOn", "improvement.madeOn.required"));
        } else if (madeOn.isAfter(today)) {
            problems.add(new FieldProblem("madeOn", "improvement.madeOn.future"));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "improvement.text.required"));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
    }
}
