package sa.silah.knowledge;

import java.util.List;
import java.util.Locale;

import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * One knowledge item as an officer names it to answer with: an entry by its kind and id, or a document by its id
 * and, optionally, the page the passage is on. Written {@code kind:id[:page]} in a page's address.
 */
public record KnowledgeItem(ItemKind kind, long id, Integer page) {

    public KnowledgeItem {
        if (kind == null) {
            throw refused();
        }
        page = kind == ItemKind.DOCUMENT ? page : null;
    }

    public static KnowledgeItem of(SearchHit hit) {
        return new KnowledgeItem(hit.kind(), hit.itemId(), hit.page());
    }

    /** The item written {@code kind:id[:page]}; anything else is refused on the field {@code use}. */
    public static KnowledgeItem parse(String written) {
        String[] parts = written == null ? new String[0] : written.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw refused();
        }
        try {
            return new KnowledgeItem(ItemKind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1]),
                    parts.length == 3 ? Integer.valueOf(parts[2]) : null);
        } catch (IllegalArgumentException unreadable) {
            throw refused();
        }
    }

    /** The form {@link #parse} reads. */
    public String written() {
        return kind + ":" + id + (page == null ? "" : ":" + page);
    }

    private static InvalidFieldsException refused() {
        return new InvalidFieldsException(List.of(new FieldProblem("use", "knowledge.answer.itemUnknown")));
    }
}
