package sa.silah.privacy;

import java.util.List;

import sa.silah.shared.FieldProblem;

/** The small checks the privacy records' fields share. */
final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or {@code null} when nothing is left. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Adds a problem when a required text is missing or longer than {@code max}. */
    static void required(String text, int max, String field, String messageKey, List<FieldProblem> problems) {
        if (clean(text) == null || clean(text).length() > max) {
            problems.add(new FieldProblem(field, messageKey));
        }
    }

    /** Adds a problem when an optional text is longer than {@code max}. */
    static void optional(String text, int max, String field, List<FieldProblem> problems) {
        if (clean(text) != null && clean(text).length() > max) {
            problems.add(new FieldProblem(field, "privacy.tooLong"));
        }
    }
}
