package sa.silah.knowledge;

import java.util.List;

import sa.silah.shared.FieldProblem;

/** The checks every text field of the library shares. */
final class Texts {

    private Texts() {
    }

    static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "knowledge.field.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
    }

    static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
