package sa.silah.reporting;

import java.util.List;
import java.util.Map;

/**
 * One table of a report, in the reader's language: what the dashboard draws as a chart and shows as an accessible
 * table, and what the exports and the annual report write. A row's {@code requests} are the parameters of the
 * request list behind its figures (the inbox), or empty when no list stands behind them.
 */
public record ReportTable(String key, String title, List<String> columns, List<Row> rows) {

    public record Row(String label, List<Number> values, Map<String, String> requests) {

        /** The first figure of the row, which charts draw. */
        public Number value() {
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
