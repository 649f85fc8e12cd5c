package sa.silah.knowledge.api;

import sa.silah.knowledge.ItemKind;
import sa.silah.knowledge.SearchHit;

/**
 * One search result: the item (a document for DOCUMENT, an entry otherwise), its title in both languages, the
 * snippet as plain text (the page number for a document's page) and its score, higher first.
 */
record SearchItem(long id, ItemKind kind, String title, String titleAr, String titleEn, String snippet, Integer page,
        double score) {

    /** The title in the caller's language (Accept-Language), both titles beside it. */
    static SearchItem of(SearchHit hit, String language) {
        return new SearchItem(hit.itemId(), hit.kind(), hit.title(language), hit.titleAr(), hit.titleEn(),
                hit.snippetText(), hit.page(), hit.score());
    }
}
