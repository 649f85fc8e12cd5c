package sa.silah.shared;

import java.io.IOException;
import java.util.List;

/**
 * Writes tables row by row onto a stream without holding them in memory, whatever the file type. A cell is text
 * (a {@link CharSequence}, written as it reads, dates already worded for the reader), a {@link Number} (written
 * as a number, so a spreadsheet can sum it) or {@code null} (empty).
 *
 * <p>{@link #close()} finishes the file and flushes it, but leaves the underlying stream open for its owner.
 */
public interface TableWriter extends AutoCloseable {

    /** Starts the one table of a list: its header row alone; in a workbook, a sheet named {@code name}. */
    void startTable(String name, List<String> columns) throws IOException;

    /**
     * Starts one of several tables, such as those of a dashboard: its title row, then its header row; in a
     * workbook, a sheet of its own named after the title.
     */
    void startTitledTable(String title, List<String> columns) throws IOException;

    void row(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;
}
