package sa.silah.knowledge.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** Document numbers typed in one field, separated by commas, Arabic commas or spaces. */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    static Set<Long> parse(String typed) {
        Set<Long> ids = new LinkedHashSet<>();
        if (typed == null || typed.isBlank()) {
            return ids;
        }
        for (String number : typed.strip().split("[\\s,،]+")) {
            try {
                ids.add(Long.parseLong(number));
            } catch (NumberFormatException notANumber) {
                throw new InvalidFieldsException(List.of(new FieldProblem("documentIds", "knowledge.entry.documents.invalid")));
            }
        }
        return ids;
    }
}
