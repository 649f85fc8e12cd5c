package sa.silah.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one chunk, per table, written with one JDBC batch per table in the order the tables were first used,
 * so that parents (beneficiary, request) are inserted before the rows that reference them.
 */
final class TableRows {

    private final Map<String, List<Object[]>> rowsByInsert = new LinkedHashMap<>();

    void add(String insert, Object... row) {
        rowsByInsert.computeIfAbsent(insert, sql -> new ArrayList<>()).add(row);
    }

    /** Writes every row and forgets them; the number of rows written. */
    long writeTo(JdbcTemplate jdbc) {
        long written = 0;
        for (Map.Entry<String, List<Object[]>> table : rowsByInsert.entrySet()) {
            jdbc.batchUpdate(table.getKey(), table.getValue());
            written += table.getValue().size();
        }
        rowsByInsert.clear();
        return written;
    }
}
