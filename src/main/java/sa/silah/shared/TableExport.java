package sa.silah.shared;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list or a report sent as a file while it is written: the browser receives rows as they are read, page by page,
 * and shows the download growing, and the server never holds the whole file. {@code totalRows}, which a list's
 * first page counts, is sent up front in {@code X-Total-Rows}; no {@code Content-Length} can be known before the
 * file is written.
 *
 * @param name the file's name without date or extension, in the reader's language
 * @param language the reader's language, captured on the request thread since the file is written on another
 */
public record TableExport(String name, ExportFormat format, Locale language, long totalRows, Content content) {

    /** Writes the tables; runs after the response has started, on a thread of its own. */
    @FunctionalInterface
    public interface Content {
        void writeTo(TableWriter writer) throws IOException;
    }

    public static final String TOTAL_ROWS = "X-Total-Rows";

    /** The response: the safe download headers of {@link FileDownload}, and a body written as it is sent. */
    public ResponseEntity<StreamingResponseBody> toResponseEntity(Clock clock) {
        HttpHeaders headers = FileDownload.headers(fileName(LocalDate.now(clock.withZone(Dates.RIYADH))),
                format.mediaType());
        headers.set(TOTAL_ROWS, Long.toString(totalRows));
        StreamingResponseBody body = out -> {
            try (TableWriter writer = format.writer(out, language)) {
                content.writeTo(writer);
            }
        };
        return ResponseEntity.ok().headers(headers).body(body);
    }

    /** The name the file is saved under, dated so that two exports of a list do not overwrite each other. */
    public String fileName(LocalDate day) {
        return name + "-" + day + "." + format.extension();
    }
}
