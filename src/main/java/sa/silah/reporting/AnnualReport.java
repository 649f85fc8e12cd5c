package sa.silah.reporting;

import static sa.silah.shared.ArabicPdf.HEADING_SIZE;
import static sa.silah.shared.ArabicPdf.TEXT_SIZE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.portal.SiteAdministration;
import sa.silah.portal.SiteLogo;
import sa.silah.portal.SiteSettings;
import sa.silah.satisfaction.Improvement;
import sa.silah.satisfaction.ImprovementLog;
import sa.silah.satisfaction.SatisfactionResults;
import sa.silah.shared.ArabicPdf;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;

/**
 * The annual beneficiary-relations report for the board and the regulator, as an A4 PDF in the reader's language:
 * the association's name and logo, the period in both calendars, the headline figures, every table of the dashboard
 * (worded by {@link ReportTables}, so the report and the dashboard read the same), bar charts of the main ones,
 * the satisfaction results, the improvements made ("you said, we did") and the policy's seven channels, with page
 * numbers at the foot.
 */
@Component
public class AnnualReport {

    /** The tables drawn as charts, and how many of their first rows the chart draws: the backlog's age bands only. */
    private static final List<Chart> CHARTS = List.of(new Chart("byChannel", Integer.MAX_VALUE),
            new Chart("byKind", Integer.MAX_VALUE), new Chart("byStatus", Integer.MAX_VALUE),
            new Chart("backlog", AgeBand.values().length));
    /** The tables of the satisfaction section; the others are the figures. */
    private static final Set<String> SATISFACTION_TABLES = Set.of("satisfaction", "trend");
    /** The height a section's heading needs below it on its page, so that it never stands alone at a page's foot. */
    private static final float SECTION_ROOM = TEXT_SIZE * 16;

    private final ArabicPdf pdf = new ArabicPdf();
    private final Reports reports;
    private final ReportTables tables;
    private final ImprovementLog improvements;
    private final SatisfactionResults satisfaction;
    private final SiteAdministration site;
    private final DepartmentManagement departments;
    private final ServiceCatalog services;
    private final SegmentCatalog segments;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    AnnualReport(Reports reports, ReportTables tables, ImprovementLog improvements, SatisfactionResults satisfaction,
            SiteAdministration site, DepartmentManagement departments, ServiceCatalog services, SegmentCatalog segments,
            MessageSource messages, Dates dates, Clock clock) {
        this.reports = reports;
        this.tables = tables;
        this.improvements = improvements;
        this.satisfaction = satisfaction;
        this.site = site;
        this.departments = departments;
        this.services = services;
        this.segments = segments;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    /** The name to save a report under, such as {@code annual-report-1447H.pdf} or {@code annual-report-2025.pdf}. */
    public static String fileName(ReportPeriod period) {
        return "annual-report-" + period.year() + (period.preset() == ReportPeriod.Preset.HIJRI_YEAR ? "H" : "") + ".pdf";
    }

    /** Writes the report of a period (a Gregorian or a Hijri year) and an optional filter. */
    public void write(ReportPeriod period, ReportFilter filter, Locale locale, OutputStream out) {
        ReportSummary summary = reports.summary(period, filter);
        List<ReportTable> all = tables.of(summary, locale);
        SiteSettings association = site.current();
        Optional<SiteLogo> logo = site.logo();
        List<Improvement> made = improvements.madeBetween(period.from(), period.to());
        Map<Long, String> serviceNames = improvements.serviceNames(made, locale);
        boolean arabic = !"en".equals(locale.getLanguage());
        String title = message("report.annual.title", locale);
        byte[] written = pdf.write(title + " — " + period.year(), association.name(locale), arabic, sheet -> {
            cover(sheet, summary, association, logo, locale);
            headline(sheet, summary, locale);
            figures(sheet, all, locale);
            charts(sheet, all, locale);
            satisfactionResults(sheet, summary, all, locale);
            improvementsMade(sheet, made, serviceNames, locale);
            channels(sheet, locale);
        }, (page, pages) -> message("report.annual.pageNumber", locale, String.valueOf(page), String.valueOf(pages)));
        try {
            out.write(written);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void cover(ArabicPdf.Sheet sheet, ReportSummary summary, SiteSettings association,
            Optional<SiteLogo> logo, Locale locale) throws IOException {
        if (logo.isPresent()) {
            sheet.image(logo.get().image(), 70);
            sheet.space();
        }
        sheet.centered(association.name(locale), HEADING_SIZE);
        sheet.centered(message("report.annual.title", locale), HEADING_SIZE + 4);
        sheet.centered(periodText(summary.period(), locale), TEXT_SIZE);
        if (!summary.filter().isEmpty()) {
            sheet.centered(message("report.annual.filter", locale, filterText(summary.filter(), locale)), TEXT_SIZE);
        }
        sheet.centered(message("report.annual.producedOn", locale,
                dates.date(LocalDate.now(clock.withZone(Dates.RIYADH)), locale)), TEXT_SIZE);
        sheet.rule();
    }

    /** The period in the calendar it was chosen in, then in the other: «1 محرم 1447 هـ – … (26 يونيو 2025 – …)». */
    private String periodText(ReportPeriod period, Locale locale) {
        String gregorian = dates.gregorian(period.from(), locale);
        String gregorianTo = dates.gregorian(period.to(), locale);
        String hijri = dates.hijri(period.from(), locale);
        String hijriTo = dates.hijri(period.to(), locale);
        return period.preset() == ReportPeriod.Preset.HIJRI_YEAR
                ? message("report.annual.period", locale, hijri, hijriTo, gregorian, gregorianTo)
                : message("report.annual.period", locale, gregorian, gregorianTo, hijri, hijriTo);
    }

    private String filterText(ReportFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.departmentId() != null) {
            parts.add(departments.get(filter.departmentId()).name(locale));
        }
        if (filter.serviceId() != null) {
            services.byId(List.of(filter.serviceId())).values().forEach(service -> parts.add(service.name(locale)));
        }
        if (filter.channel() != null) {
            parts.add(message("channel." + filter.channel().name(), locale));
        }
        if (filter.kind() != null) {
            parts.add(message("requestKind." + filter.kind().name(), locale));
        }
        if (filter.segmentId() != null) {
            parts.add(segments.get(filter.segmentId()).name(locale));
        }
        return String.join("، ", parts);
    }

    private void headline(ArabicPdf.Sheet sheet, ReportSummary summary, Locale locale) throws IOException {
        heading(sheet, "report.annual.section.headline", locale);
        sheet.table(List.of(message("report.column.item", locale), message("report.column.value", locale)), List.of(
                List.of(message("report.annual.total", locale), figure(summary.volume().total())),
                List.of(message("report.timeliness.withinDueRate", locale),
                        figure(summary.timeliness().resolvedWithinDueRate())),
                List.of(message("report.beneficiaries.served", locale), figure(summary.beneficiaries().served())),
                List.of(message("report.satisfaction.csat", locale), figure(summary.satisfaction().overall().csat())),
                List.of(message("report.satisfaction.nps", locale), figure(summary.satisfaction().overall().nps())),
                List.of(message("report.annual.openNow", locale), figure(summary.backlog().open()))),
                shares(2), TEXT_SIZE);
    }

    private void figures(ArabicPdf.Sheet sheet, List<ReportTable> all, Locale locale) throws IOException {
        sheet.newPage();
        heading(sheet, "report.annual.section.figures", locale);
        for (ReportTable table : all) {
            if (!SATISFACTION_TABLES.contains(table.key())) {
                table(sheet, table, locale);
            }
        }
    }

    private void charts(ArabicPdf.Sheet sheet, List<ReportTable> all, Locale locale) throws IOException {
        sheet.newPage();
        heading(sheet, "report.annual.section.charts", locale);
        for (Chart chart : CHARTS) {
            ReportTable table = all.stream().filter(candidate -> candidate.key().equals(chart.key())).findFirst()
                    .orElseThrow();
            List<ReportTable.Row> rows = table.rows().stream().limit(chart.rows()).toList();
            double largest = rows.stream().mapToDouble(row -> value(row.value())).max().orElse(0);
            sheet.keep(TEXT_SIZE * 1.6f * (rows.size() + 2));
            sheet.paragraph(table.title(), TEXT_SIZE + 1);
            sheet.space();
            for (ReportTable.Row row : rows) {
                double share = largest == 0 ? 0 : value(row.value()) / largest;
                sheet.bar(row.label(), share, figure(row.value()), TEXT_SIZE - 2);
            }
            sheet.space();
        }
    }

    private void satisfactionResults(ArabicPdf.Sheet sheet, ReportSummary summary, List<ReportTable> all,
            Locale locale) throws IOException {
        sheet.keep(SECTION_ROOM);
        sheet.space();
        heading(sheet, "report.annual.section.satisfaction", locale);
        if (summary.satisfaction().overall().withheld()) {
            sheet.paragraph(message("satisfaction.results.withheld", locale, minimumResponses()), TEXT_SIZE);
        }
        for (ReportTable table : all) {
            if (SATISFACTION_TABLES.contains(table.key())) {
                table(sheet, table, locale);
            }
        }
        sheet.paragraph(message("report.annual.withheldMonths", locale, minimumResponses()), TEXT_SIZE - 2);
    }

    /** As text, so that the message keeps the Latin digits the report uses. */
    private String minimumResponses() {
        return String.valueOf(satisfaction.minimumResponses());
    }

    private void improvementsMade(ArabicPdf.Sheet sheet, List<Improvement> made, Map<Long, String> serviceNames,
            Locale locale) throws IOException {
        sheet.keep(SECTION_ROOM);
        sheet.space();
        heading(sheet, "report.annual.section.improvements", locale);
        sheet.paragraph(message(made.isEmpty() ? "report.annual.improvements.none" : "report.annual.improvements.intro",
                locale), TEXT_SIZE);
        List<List<String>> rows = made.stream().map(improvement -> List.of(dates.date(improvement.getMadeOn(), locale),
                improvement.getServiceId() == null ? "" : serviceNames.getOrDefault(improvement.getServiceId(), ""),
                improvement.text(locale))).toList();
        if (!rows.isEmpty()) {
            sheet.table(List.of(message("report.annual.improvements.madeOn", locale),
                    message("report.annual.improvements.service", locale),
                    message("report.annual.improvements.done", locale)), rows, new float[] { 0.25f, 0.2f, 0.55f },
                    TEXT_SIZE - 2);
        }
    }

    private void channels(ArabicPdf.Sheet sheet, Locale locale) throws IOException {
        sheet.keep(SECTION_ROOM);
        sheet.space();
        heading(sheet, "report.annual.section.channels", locale);
        sheet.paragraph(message("report.annual.channels.intro", locale), TEXT_SIZE);
        List<List<String>> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            rows.add(List.of(message("channel." + channel.name(), locale),
                    message("report.annual.channel." + channel.name(), locale)));
        }
        sheet.table(List.of(message("report.annual.channels.channel", locale),
                message("report.annual.channels.description", locale)), rows, new float[] { 0.3f, 0.7f }, TEXT_SIZE - 1);
    }

    private void heading(ArabicPdf.Sheet sheet, String key, Locale locale) throws IOException {
        sheet.paragraph(message(key, locale), HEADING_SIZE);
        sheet.space();
    }

    /** One table under its title, kept with its first rows; an empty one says so. */
    private void table(ArabicPdf.Sheet sheet, ReportTable table, Locale locale) throws IOException {
        sheet.keep(TEXT_SIZE * 1.6f * 4);
        sheet.paragraph(table.title(), TEXT_SIZE + 1);
        if (table.rows().isEmpty()) {
            sheet.paragraph(message("report.annual.noRows", locale), TEXT_SIZE - 1);
            sheet.space();
            return;
        }
        List<List<String>> rows = table.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            row.values().forEach(value -> cells.add(figure(value)));
            return cells;
        }).toList();
        sheet.table(table.columns(), rows, shares(table.columns().size()), TEXT_SIZE - 1);
    }

    /** A label column and figure columns: the label takes most of a two-column table, less of a wider one. */
    private static float[] shares(int columns) {
        float[] shares = new float[columns];
        shares[0] = columns == 2 ? 0.7f : 0.3f;
        for (int column = 1; column < columns; column++) {
            shares[column] = (1 - shares[0]) / (columns - 1);
        }
        return shares;
    }

    /** A figure with Latin digits, as the dashboard shows them; a dash for one withheld or not known. */
    private static String figure(Number value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static double value(Number value) {
        return value == null ? 0 : value.doubleValue();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private record Chart(String key, long rows) {
    }
}
