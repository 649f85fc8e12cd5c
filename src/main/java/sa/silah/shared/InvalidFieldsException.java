package sa.silah.shared;

import java.util.List;

/**
 * Input that a domain rule refused, field by field, so that a page can mark each field and the API can
 * list them all in one problem response.
 */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super("Invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
