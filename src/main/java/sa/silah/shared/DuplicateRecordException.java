package sa.silah.shared;

/**
 * A record with the same unique identifier already exists. Names the field that clashed and where the
 * existing record lives, so the caller can go there instead of creating a second one.
 */
public class DuplicateRecordException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String existingId;
    private final String existingPath;

    public DuplicateRecordException(String field, String messageKey, String existingId, String existingPath) {
        super("Duplicate " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.existingId = existingId;
        this.existingPath = existingPath;
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

    public String existingPath() {
        return existingPath;
    }
}
