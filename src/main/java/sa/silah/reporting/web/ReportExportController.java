package sa.silah.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import sa.silah.reporting.ReportQuery;
import sa.silah.reporting.ReportSummary;
import sa.silah.reporting.ReportTable;
import sa.silah.reporting.ReportTables;
import sa.silah.reporting.Reports;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.TableExport;

/**
 * The dashboard's tables as a file, for the same period and filter as the dashboard: in CSV one table after
 * another, each under its title; in XLSX a sheet per table. A figure is worded exactly as on the dashboard
 * since both read {@link ReportTables}.
 *
 * <p>A bad parameter answers 400 with a short text naming it: the link is built by the dashboard from a filter it
 * has already checked, so only a hand-edited address gets here, and a download has no page to show errors on.
 */
@Controller
class ReportExportController {

    private final Reports reports;
    private final ReportTables tables;
    private final MessageSource messages;
    private final Clock clock;

    ReportExportController(Reports reports, ReportTables tables, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reports/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, ReportParameters parameters,
            Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        ReportQuery query = parameters.query(LocalDate.now(clock.withZone(Dates.RIYADH)));
        ReportSummary summary = reports.summary(query.period(), query.filter());
        List<ReportTable> report = tables.of(summary, locale);
        long rows = report.stream().mapToLong(table -> table.rows().size()).sum();
        String name = messages.getMessage("report.export.file",
                new Object[] { summary.period().from().toString(), summary.period().to().toString() }, locale);
        return new TableExport(name, exportFormat, locale, rows, writer -> {
            for (ReportTable table : report) {
                writer.startTitledTable(table.title(), table.columns());
                for (ReportTable.Row row : table.rows()) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(row.label());
                    cells.addAll(row.values());
                    writer.row(cells);
                }
            }
        }).toResponseEntity(clock);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<String> invalid(InvalidFieldsException invalid, Locale locale) {
        String problems = invalid.problems().stream()
                .map(problem -> problem.field() + ": " + messages.getMessage(problem.messageKey(), null, locale))
                .collect(Collectors.joining("\n"));
        return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage("report.export.invalid", null, locale) + "\n" + problems);
    }
}
