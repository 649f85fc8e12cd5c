package sa.silah.shared;

import java.io.OutputStream;
import java.util.Locale;

/**
 * The file types a list or a dashboard table is exported to, named by their extension in the export's URL
 * ({@code …/export.csv}, {@code …/export.xlsx}).
 */
public enum ExportFormat {

    /** UTF-8 with a byte-order mark so that Excel reads Arabic, RFC 4180, formula-like text neutralised. */
    CSV("csv", "text/csv;charset=UTF-8"),

    /** An Excel workbook written row by row, right to left for Arabic readers. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** @throws RecordNotFoundException for an extension Silah does not export to, so that the URL answers 404 */
    public static ExportFormat ofExtension(String extension) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return format;
            }
        }
        throw new RecordNotFoundException("export format", extension);
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A writer of tables in this format onto {@code out}, for a reader of {@code language}. */
    public TableWriter writer(OutputStream out, Locale language) {
        return switch (this) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, language);
        };
    }
}
