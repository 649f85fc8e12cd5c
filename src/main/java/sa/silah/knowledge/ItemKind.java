package sa.silah.knowledge;

/** What a search hit is. */
public enum ItemKind {
    DOCUMENT, FAQ, CANNED_ANSWER;

    static ItemKind of(EntryKind kind) {
        return kind == EntryKind.FAQ ? FAQ : CANNED_ANSWER;
    }
}
