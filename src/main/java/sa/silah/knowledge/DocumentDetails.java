package sa.silah.knowledge;

import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A document's description as staff write it; {@link #check()} names every problem at once. */
public record DocumentDetails(DocumentType type, String titleAr, String titleEn, Integer year,
        Visibility visibility) {

    static final int MAX_TITLE = 300;
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "knowledge.document.type.required"));
        }
        Texts.required(problems, "titleAr", titleAr, MAX_TITLE);
        Texts.required(problems, "titleEn", titleEn, MAX_TITLE);
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem("year", "knowledge.document.year.invalid"));
        }
        if (visibility == null) {
            problems.add(new FieldProblem("visibility", "knowledge.visibility.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
