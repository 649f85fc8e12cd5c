package sa.silah.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import sa.silah.assessment.AssessmentReports;
import sa.silah.assessment.AssessmentReports.DueAssessment;
import sa.silah.assessment.AssessmentReports.NeedCounts;
import sa.silah.assessment.AssessmentReports.NeedRow;
import sa.silah.assessment.AssessmentReports.SegmentTable;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;
import sa.silah.shared.TableWriter;

/**
 * The needs assessment's reports: the need levels by segment and by city (for managers and the board: counts, no
 * names), and the beneficiaries due or overdue for a new assessment (for managers: names), each as a page and as
 * CSV or XLSX.
 */
@Controller
class NeedsReportController {

    static final int PAGE_SIZE = 50;
    private static final int DEFAULT_DAYS = 30;

    private final AssessmentReports reports;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    NeedsReportController(AssessmentReports reports, MessageSource messages, Dates dates, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/reports/needs")
    String needs(@RequestParam(defaultValue = "0") int cityPage, Model model) {
        model.addAttribute("segments", reports.bySegment());
        model.addAttribute("cities", reports.byCity(PageRequest.of(Math.max(cityPage, 0), PAGE_SIZE)));
        model.addAttribute("today", reports.today());
        return "assessment/needs-report";
    }

    /** Both tables, every city, each table under its title and ending with the row of all beneficiaries. */
    @GetMapping("/reports/needs/export.{format}")
    ResponseEntity<StreamingResponseBody> exportNeeds(@PathVariable String format, Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        SegmentTable segments = reports.bySegment();
        PagedRows<NeedRow> cities = PagedRows.of(Sort.unsorted(), reports::byCity);
        String all = message("report.needs.all", locale);
        return new TableExport(message("report.needs.file", locale), exportFormat, locale,
                segments.rows().size() + cities.total() + 2, writer -> {
                    writer.startTitledTable(message("report.needs.bySegment", locale),
                            countColumns("report.needs.segment", locale));
                    for (NeedRow row : segments.rows()) {
                        writer.row(countRow(label(row, "report.needs.noSegment", locale), row.counts()));
                    }
                    writer.row(countRow(all, segments.total()));
                    writer.startTitledTable(message("report.needs.byCity", locale),
                            countColumns("report.needs.city", locale));
                    cities.forEachPage(page -> {
                        for (NeedRow row : page) {
                            writer.row(countRow(label(row, "report.needs.noCity", locale), row.counts()));
                        }
                    });
                    writer.row(countRow(all, segments.total()));
                }).toResponseEntity(clock);
    }

    @GetMapping("/reports/needs/reassessment")
    String reassessment(@RequestParam(required = false) String days, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        int horizon;
        try {
            horizon = days(days);
        } catch (InvalidFieldsException invalid) {
            invalid.problems().forEach(problem -> problems.put(problem.field(), problem.messageKey()));
            horizon = DEFAULT_DAYS;
        }
        Page<DueAssessment> due = reports.dueForReassessment(horizon, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("days", days == null ? String.valueOf(horizon) : days);
        model.addAttribute("horizon", horizon);
        model.addAttribute("fieldProblems", problems);
        model.addAttribute("due", due);
        model.addAttribute("today", reports.today());
        model.addAttribute("maxDays", AssessmentReports.MAX_DAYS);
        return "assessment/reassessment-report";
    }

    /** The whole list for the same horizon; a bad horizon answers 400, as only a hand-edited address sends one. */
    @GetMapping("/reports/needs/reassessment/export.{format}")
    ResponseEntity<StreamingResponseBody> exportReassessment(@PathVariable String format,
            @RequestParam(required = false) String days, Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        int horizon = days(days);
        LocalDate today = reports.today();
        PagedRows<DueAssessment> due = PagedRows.of(Sort.unsorted(),
                pageable -> reports.dueForReassessment(horizon, pageable));
        return new TableExport(message("report.reassessment.file", locale), exportFormat, locale, due.total(),
                writer -> {
                    writer.startTable(message("report.reassessment.title", locale), columns(locale,
                            "report.reassessment.name", "report.reassessment.segments", "report.needs.city",
                            "report.reassessment.level", "report.reassessment.validUntil",
                            "report.reassessment.state", "report.reassessment.officer"));
                    due.forEachPage(rows -> {
                        for (DueAssessment row : rows) {
                            writeDue(writer, row, today, locale);
                        }
                    });
                }).toResponseEntity(clock);
    }

    private void writeDue(TableWriter writer, DueAssessment row, LocalDate today, Locale locale)
            throws IOException {
        writer.row(List.of(row.name(),
                row.segments().stream().map(segment -> segment.name(locale)).collect(Collectors.joining("، ")),
                row.city() == null ? "" : row.city(), message("report.needs.level." + row.needLevel(), locale),
                dates.date(row.validUntil(), locale),
                message(row.overdueOn(today) ? "report.reassessment.overdue" : "report.reassessment.due", locale),
                row.officerName() != null ? row.officerName() : row.officer() == null ? "" : row.officer()));
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<String> invalid(InvalidFieldsException invalid, Locale locale) {
        String problems = invalid.problems().stream()
                .map(problem -> problem.field() + ": " + messages.getMessage(problem.messageKey(), null, locale))
                .collect(Collectors.joining("\n"));
        return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage("report.export.invalid", null, locale) + "\n" + problems);
    }

    /** The days ahead the list looks: 30 unless chosen, from 1 to {@value AssessmentReports#MAX_DAYS}. */
    static int days(String typed) {
        if (typed == null || typed.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(typed.strip());
            if (days >= 1 && days <= AssessmentReports.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a number out of range is
        }
        throw new InvalidFieldsException(List.of(new FieldProblem("days", "report.reassessment.days.invalid")));
    }

    private List<String> countColumns(String firstKey, Locale locale) {
        return columns(locale, firstKey, "report.needs.level.LOW", "report.needs.level.MEDIUM",
                "report.needs.level.HIGH", "report.needs.lapsed", "report.needs.notAssessed", "report.needs.total");
    }

    private static List<Object> countRow(String label, NeedCounts counts) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.addAll(List.of(counts.low(), counts.medium(), counts.high(), counts.lapsed(), counts.notAssessed(),
                counts.total()));
        return cells;
    }

    private String label(NeedRow row, String noneKey, Locale locale) {
        String label = row.label(locale);
        return label == null ? message(noneKey, locale) : label;
    }

    private List<String> columns(Locale locale, String... keys) {
        return Stream.of(keys).map(key -> message(key, locale)).toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
