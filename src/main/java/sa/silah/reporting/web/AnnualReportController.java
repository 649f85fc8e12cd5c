package sa.silah.reporting.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import sa.silah.reporting.AnnualReport;
import sa.silah.reporting.ReportFilter;
import sa.silah.reporting.ReportPeriod;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FileDownload;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The annual beneficiary-relations report for managers and the board: a form choosing the calendar and the year,
 * and the PDF itself. A bad choice shows the form again with the problem beside its field.
 */
@Controller
@RequestMapping("/reports")
class AnnualReportController {

    private static final String VIEW = "reporting/annual";

    private final AnnualReport report;
    private final Clock clock;

    AnnualReportController(AnnualReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    /** The form, the last whole Hijri year chosen unless the link asks for another; a bad one is named. */
    @GetMapping("/annual")
    String form(@ModelAttribute("form") AnnualReportForm form, BindingResult result) {
        if (form.getYear() == null) {
            form.setYear(Integer.toString(ReportPeriod.hijriYearOf(today()) - 1));
        }
        else {
            period(form, result);
        }
        return VIEW;
    }

    @GetMapping("/annual.pdf")
    Object pdf(@ModelAttribute("form") AnnualReportForm form, BindingResult result, Locale locale) {
        ReportPeriod period = period(form, result);
        if (period == null) {
            return new ModelAndView(VIEW, Map.of(), HttpStatus.BAD_REQUEST);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(period, ReportFilter.NONE, locale, out);
        return new FileDownload(AnnualReport.fileName(period), MediaType.APPLICATION_PDF_VALUE,
                new ByteArrayResource(out.toByteArray())).toResponseEntity();
    }

    /** The year asked for, or null with the problems bound to the form's fields. */
    private ReportPeriod period(AnnualReportForm form, BindingResult result) {
        String calendar = form.getCalendar() == null ? "" : form.getCalendar().strip();
        try {
            return switch (calendar) {
                case AnnualReportForm.HIJRI -> parse(ReportPeriod.Preset.HIJRI_YEAR, form.getYear());
                case AnnualReportForm.GREGORIAN -> parse(ReportPeriod.Preset.GREGORIAN_YEAR, form.getYear());
                default -> throw new InvalidFieldsException(List.of(new FieldProblem("calendar", "report.annual.form.unknownCalendar")));
            };
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return null;
        }
    }

    /** A year is required here: an empty one is a problem, not this year. */
    private ReportPeriod parse(ReportPeriod.Preset preset, String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("year", "report.period.invalidYear")));
        }
        return ReportPeriod.parse(preset.name(), year, null, null, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.RIYADH));
    }
}
