package sa.silah.knowledge;

import java.util.List;

/**
 * One passage that matched: the item it belongs to, its title in both languages, a snippet with the matched
 * words marked, the page for a document's page, and its score (higher first).
 */
public record SearchHit(ItemKind kind, long itemId, String titleAr, String titleEn, List<Snippet.Part> snippet,
        Integer page, double score) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleAr;
    }

    /** The snippet as plain text, for the API. */
    public String snippetText() {
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
