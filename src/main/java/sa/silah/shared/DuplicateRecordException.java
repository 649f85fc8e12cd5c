package sa.silah.shared;

/**
 * A record with the same unique identifier already exists. Names the field that clashed and which
 * record holds it (its collection, such as {@code beneficiaries}, and id), so the caller can go there
 * instead of creating a second one.
 */
public class DuplicateRecordException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String existingId;
    private final String collection;

    public DuplicateRecordException(String field, String messageKey, String existingId, String collection) {
        super("Duplicate " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.existingId = existingId;
        this.collection = collection;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String existingId() {
        return existingId;
    }

    public String collection() {
        return collection;
    }
}
