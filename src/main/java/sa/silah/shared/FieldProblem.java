package sa.silah.shared;

/**
 * One thing wrong with one input field: the field's name as the form and the API spell it, and a message
 * key from the bundles.
 */
public record FieldProblem(String field, String messageKey) {
}
