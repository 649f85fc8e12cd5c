package sa.silah.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import sa.silah.knowledge.KnowledgeReport;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/**
 * Which answers the library gave most in a period, and which inquiries of the period it did not answer: what the
 * association should write its next FAQ about. The last thirty days unless a period is chosen.
 */
@Controller
class KnowledgeReportController {

    private static final int PAGE_SIZE = 20;
    private static final int DEFAULT_DAYS = 30;

    private final KnowledgeReport report;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    KnowledgeReportController(KnowledgeReport report, MessageSource messages, Dates dates, Clock clock) {
        this.report = report;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/knowledge/report")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int usedPage, @RequestParam(defaultValue = "0") int page,
            Model model) {
        KnowledgeReport.Period period = period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("used", report.mostUsed(period, PageRequest.of(Math.max(usedPage, 0), PAGE_SIZE)));
        model.addAttribute("unanswered", report.unanswered(period, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "knowledge/report";
    }

    /** Both tables of the report for the same period, each under its title, every page of them, as CSV or XLSX. */
    @GetMapping("/knowledge/report/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        KnowledgeReport.Period period = period(from, to);
        PagedRows<KnowledgeReport.UsedItem> used = PagedRows.of(Sort.unsorted(),
                pageable -> report.mostUsed(period, pageable));
        PagedRows<KnowledgeReport.UnansweredInquiry> unanswered = PagedRows.of(Sort.unsorted(),
                pageable -> report.unanswered(period, pageable));
        String name = message("knowledge.report.title", locale) + " " + period.from() + " " + period.to();
        return new TableExport(name, exportFormat, locale, used.total() + unanswered.total(), writer -> {
            writer.startTitledTable(message("knowledge.report.mostUsed", locale), columns(locale,
                    "knowledge.report.uses", "knowledge.report.item", "knowledge.report.kind"));
            used.forEachPage(page -> {
                for (KnowledgeReport.UsedItem item : page) {
                    writer.row(Arrays.asList(item.uses(), item.title(locale.getLanguage()),
                            message("knowledge.answer.kind." + item.kind(), locale)));
                }
            });
            writer.startTitledTable(message("knowledge.report.unanswered", locale), columns(locale,
                    "knowledge.report.request", "knowledge.report.subject", "knowledge.report.submitted",
                    "knowledge.report.status"));
            unanswered.forEachPage(page -> {
                for (KnowledgeReport.UnansweredInquiry inquiry : page) {
                    writer.row(Arrays.asList(inquiry.referenceNumber(), inquiry.subject(),
                            dates.dateTime(inquiry.submittedAt(), locale),
                            message("requestStatus." + inquiry.status(), locale)));
                }
            });
        }).toResponseEntity(clock);
    }

    /** The chosen days, the last thirty unless chosen, in order whichever way round they were given. */
    private KnowledgeReport.Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(Dates.RIYADH));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        return start.isAfter(end) ? new KnowledgeReport.Period(end, start) : new KnowledgeReport.Period(start, end);
    }

    private List<String> columns(Locale locale, String... keys) {
        return Stream.of(keys).map(key -> message(key, locale)).toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
