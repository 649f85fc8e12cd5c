package sa.silah.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, which is how Excel knows to read Arabic, and CRLF line ends.
 *
 * <p>A spreadsheet runs a text cell that starts with {@code = + - @}, a tab or a carriage return as a formula,
 * so such text is written behind a single quote (the OWASP advice for CSV injection). Numbers are written as
 * numbers and never quoted: a negative figure must stay a figure.
 */
final class CsvTableWriter implements TableWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private boolean firstTable = true;

    CsvTableWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            this.out.write('\uFEFF');
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public void startTable(String name, List<String> columns) throws IOException {
        row(columns);
    }

    @Override
    public void startTitledTable(String title, List<String> columns) throws IOException {
        if (!firstTable) {
            out.write("\r\n");
        }
        firstTable = false;
        row(List.of(title));
        row(columns);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    /** One cell as CSV: a number as it is, text neutralised and quoted when it must be. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number && finite(number)) {
            return number(number);
        }
        return quoted(neutralised(value.toString()));
    }

    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double d && (d.isNaN() || d.isInfinite()))
                && !(number instanceof Float f && (f.isNaN() || f.isInfinite()));
    }

    /** Plain digits, never an exponent a spreadsheet would read differently. */
    private static String number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return number.toString();
    }
}
