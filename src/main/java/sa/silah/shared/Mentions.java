package sa.silah.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Blanks, in the free-text columns of one table, every mention of a person who is being erased, for the
 * {@link PersonalDataHolder}s. SQL finds the rows that may name the person — a case-insensitive {@code like} per
 * search term and column, a scan that an erasure, being rare, can afford — and {@link PersonalIdentifiers#blank}
 * rewrites only those, so texts that do not name the person are never touched.
 */
public final class Mentions {

    private final JdbcClient jdbc;
    private final PersonalIdentifiers person;

    public Mentions(JdbcClient jdbc, PersonalIdentifiers person) {
        this.jdbc = jdbc;
        this.person = person;
    }

    /**
     * Blanks the mentions in the text columns of the rows of {@code table}, each found by its key columns.
     *
     * @return how many rows were changed
     */
    public int blank(String table, List<String> keyColumns, List<String> textColumns) {
        List<String> terms = terms();
        if (terms.isEmpty()) {
            return 0;
        }
        List<String> selected = new ArrayList<>(keyColumns);
        selected.addAll(textColumns);
        String sql = "select " + String.join(", ", selected) + " from " + table + " where " + matching(textColumns);
        List<Map<String, Object>> rows = jdbc.sql(sql).params(likeParameters(terms, textColumns.size()))
                .query((resultSet, rowNumber) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : selected) {
                        row.put(column, resultSet.getObject(column));
                    }
                    return row;
                }).list();
        int changed = 0;
        for (Map<String, Object> row : rows) {
            changed += rewrite(table, keyColumns, textColumns, row);
        }
        return changed;
    }

    /** The SQL condition, over the given columns, of a row that may name the person; with {@link #parameters}. */
    public String matching(List<String> textColumns) {
        List<String> terms = terms();
        if (terms.isEmpty()) {
            return "1 = 0";
        }
        List<String> conditions = new ArrayList<>();
        textColumns.forEach(column -> terms
                .forEach(term -> conditions.add("lower(" + column + ") like ?")));
        return "(" + String.join(" or ", conditions) + ")";
    }

    /** The positional parameters of {@link #matching} over that many columns. */
    public List<Object> parameters(int columns) {
        return likeParameters(terms(), columns);
    }

    private int rewrite(String table, List<String> keyColumns, List<String> textColumns, Map<String, Object> row) {
        Map<String, String> blanked = new LinkedHashMap<>();
        for (String column : textColumns) {
            Object value = row.get(column);
            String text = value == null ? null : value.toString();
            String after = person.blank(text);
            if (!Objects.equals(text, after)) {
                blanked.put(column, after);
            }
        }
        if (blanked.isEmpty()) {
            return 0;
        }
        String sql = "update " + table + " set "
                + blanked.keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
                + " where " + keyColumns.stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
        List<Object> parameters = new ArrayList<>(blanked.values());
        keyColumns.forEach(column -> parameters.add(row.get(column)));
        return jdbc.sql(sql).params(parameters).update();
    }

    private List<String> terms() {
        return person.searchTerms().stream().map(term -> term.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static List<Object> likeParameters(List<String> terms, int columns) {
        List<Object> parameters = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            terms.forEach(term -> parameters.add("%" + term + "%"));
        }
        return parameters;
    }
}
