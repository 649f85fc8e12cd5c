package sa.silah.knowledge;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.ArabicText;

/**
 * The library's search over {@code knowledge_passage}. On PostgreSQL: full-text search with the {@code arabic}
 * configuration over the normalised text, ranked by {@code ts_rank}. On H2: each word of the query must begin a
 * word of the passage. On both, titles and questions weigh four times body text, so a FAQ whose question
 * matches comes before a page that mentions the words, and an entry is one hit however many of its passages match.
 */
@Component
class KnowledgeSearch {

    private static final int HEADING_WEIGHT = 4;

    private final JdbcClient jdbc;
    private final KnowledgeDocuments documents;
    private final KnowledgeEntries entries;
    private final boolean postgres;

    KnowledgeSearch(JdbcClient jdbc, DataSource dataSource, KnowledgeDocuments documents, KnowledgeEntries entries)
            throws SQLException {
        this.jdbc = jdbc;
        this.documents = documents;
        this.entries = entries;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        }
    }

    private record Row(long id, Long documentId, Long entryId, ItemKind kind, Integer page, String text, double score) {
    }

    Page<SearchHit> search(SearchQuery query, Pageable pageable) {
        List<String> tokens = ArabicText.tokens(query.text());
        if (tokens.isEmpty()) {
            return Page.empty(pageable);
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        String score = match(tokens, conditions, parameters);
        filters(query, conditions, parameters);
        String where = String.join(" and ", conditions);
        String ranked = ranked(score, where);
        long total = jdbc.sql("select count(*) from " + ranked).params(parameters).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        parameters.put("limit", pageable.getPageSize());
        parameters.put("offset", pageable.getOffset());
        List<Row> rows = jdbc.sql("select id, document_id, entry_id, kind, page, text, score from " + ranked
                        + " order by score desc, id limit :limit offset :offset")
                .params(parameters)
                .query((rs, n) -> new Row(rs.getLong("id"), (Long) rs.getObject("document_id", Long.class),
                        (Long) rs.getObject("entry_id", Long.class), ItemKind.valueOf(rs.getString("kind")),
                        (Integer) rs.getObject("page", Integer.class), rs.getString("text"), rs.getDouble("score")))
                .list();
        return new PageImpl<>(hits(rows, tokens), pageable, total);
    }

    /**
     * The matching passages, an entry's best one only: its question and its answer are one hit, where each page of
     * a document is a hit of its own.
     */
    private static String ranked(String score, String where) {
        return "(select p.id, p.document_id, p.entry_id, p.kind, p.page, p.text, " + score + " as score, "
                + "row_number() over (partition by p.entry_id order by " + score + " desc, p.id) as rank_in_item "
                + "from knowledge_passage p where " + where + ") ranked "
                + "where ranked.entry_id is null or ranked.rank_in_item = 1";
    }

    /** The match conditions for the query's words; answers the score expression. */
    private String match(List<String> tokens, List<String> conditions, Map<String, Object> parameters) {
        String weight = "(case when p.heading then " + HEADING_WEIGHT + " else 1 end)";
        if (postgres) {
            conditions.add("to_tsvector('arabic', p.normalized) @@ plainto_tsquery('arabic', :words)");
            parameters.put("words", String.join(" ", tokens));
            return "ts_rank(to_tsvector('arabic', p.normalized), plainto_tsquery('arabic', :words)) * " + weight;
        }
        for (int i = 0; i < tokens.size(); i++) {
            conditions.add("(p.normalized like :first" + i + " or p.normalized like :inner" + i + ")");
            parameters.put("first" + i, tokens.get(i) + "%");
            parameters.put("inner" + i, "% " + tokens.get(i) + "%");
        }
        return "1.0 * " + weight;
    }

    private static void filters(SearchQuery query, List<String> conditions, Map<String, Object> parameters) {
        if (query.publicOnly()) {
            conditions.add("p.visibility = 'PUBLIC'");
        }
        if (query.visibility() != null) {
            conditions.add("p.visibility = :visibility");
            parameters.put("visibility", query.visibility().name());
        }
        if (query.kind() != null) {
            conditions.add("p.kind = :kind");
            parameters.put("kind", query.kind().name());
        }
        if (query.type() != null) {
            conditions.add("p.type = :type");
            parameters.put("type", query.type().name());
        }
        if (query.year() != null) {
            conditions.add("p.publication_year = :year");
            parameters.put("year", query.year());
        }
    }

    /** The rows with their items' titles, read in one query per kind of item. */
    private List<SearchHit> hits(List<Row> rows, List<String> tokens) {
        Map<Long, KnowledgeDocument> byDocument = byId(documents.findAllById(
                rows.stream().map(Row::documentId).filter(id -> id != null).distinct().toList()), KnowledgeDocument::getId);
        Map<Long, KnowledgeEntry> byEntry = byId(entries.findAllById(
                rows.stream().map(Row::entryId).filter(id -> id != null).distinct().toList()), KnowledgeEntry::getId);
        return rows.stream().map(row -> {
            List<Snippet.Part> snippet = Snippet.of(row.text(), tokens);
            if (row.documentId() != null) {
                KnowledgeDocument document = byDocument.get(row.documentId());
                return new SearchHit(row.kind(), row.documentId(), document.getTitleAr(), document.getTitleEn(),
                        snippet, row.page(), row.score());
            }
            KnowledgeEntry entry = byEntry.get(row.entryId());
            return new SearchHit(row.kind(), row.entryId(), entry.getQuestionAr(), entry.getQuestionEn(), snippet, null,
                    row.score());
        }).toList();
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item));
    }
}
