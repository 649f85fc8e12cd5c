package sa.silah.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.knowledge.KnowledgeReport;
import sa.silah.shared.Dates;

/**
 * Which answers the library gave most in a period, and which inquiries of the period it did not answer: what the
 * association should write its next FAQ about. The last thirty days unless a period is chosen.
 */
@Controller
class KnowledgeReportController {

    private static final int PAGE_SIZE = 20;
    private static final int DEFAULT_DAYS = 30;

    private final KnowledgeReport report;
    private final Clock clock;

    KnowledgeReportController(KnowledgeReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/knowledge/report")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int usedPage, @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(Dates.RIYADH));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        if (start.isAfter(end)) {
            LocalDate swapped = start;
            start = end;
            end = swapped;
        }
        KnowledgeReport.Period period = new KnowledgeReport.Period(start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("used", report.mostUsed(period, PageRequest.of(Math.max(usedPage, 0), PAGE_SIZE)));
        model.addAttribute("unanswered", report.unanswered(period, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "knowledge/report";
    }
}
