package sa.silah.knowledge;

/**
 * What to look for and where. {@code publicOnly} is the public site's and the API's public view: internal items
 * never appear in it, whatever the other filters say.
 *
 * @param text the words typed
 * @param kind documents, FAQ or canned answers only; empty for all
 * @param type documents of one type only
 * @param year documents of one year only
 * @param visibility items of one visibility only (staff filter)
 */
public record SearchQuery(String text, ItemKind kind, DocumentType type, Integer year, Visibility visibility,
        boolean publicOnly) {

    public static SearchQuery staff(String text) {
        return new SearchQuery(text, null, null, null, null, false);
    }

    public static SearchQuery everyone(String text) {
        return new SearchQuery(text, null, null, null, null, true);
    }
}
