package sa.silah.governance;

import java.util.ArrayList;
import java.util.List;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A version's text: Arabic required, English optional, and what changed from the version before. */
public record PolicyText(String textAr, String textEn, String changeSummary) {

    static final int LONGEST = 200_000;

    /** @throws InvalidFieldsException naming every field with a problem */
    public PolicyText check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (textAr == null || textAr.isBlank()) {
            problems.add(new FieldProblem("textAr", "policy.text.required"));
        } else if (textAr.strip().length() > LONGEST) {
            problems.add(new FieldProblem("textAr", "policy.text.tooLong"));
        }
        if (textEn != null && textEn.strip().length() > LONGEST) {
            problems.add(new FieldProblem("textEn", "policy.text.tooLong"));
        }
        if (changeSummary != null && changeSummary.strip().length() > 1000) {
            problems.add(new FieldProblem("changeSummary", "policy.changeSummary.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return this;
    }
}
