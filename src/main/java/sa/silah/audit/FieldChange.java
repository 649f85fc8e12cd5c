package sa.silah.audit;

/** One field of a record before and after a change; {@code null} where there was or is no value. */
public record FieldChange(String field, String oldValue, String newValue) {
}
