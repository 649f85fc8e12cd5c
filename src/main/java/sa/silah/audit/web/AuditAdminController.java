package sa.silah.audit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.server.ResponseStatusException;

import sa.silah.audit.AccessFilter;
import sa.silah.audit.AuditEntry;
import sa.silah.audit.AuditFilter;
import sa.silah.audit.AuditTrail;
import sa.silah.audit.PersonalDataAccess;
import sa.silah.audit.UnusualAccess;
import sa.silah.audit.UnusualAccessQuery;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/**
 * The administrator's viewer of the whole audit trail, of the personal-data access log and of unusual access. It only
 * reads: the trail is append-only, and no page of Silah changes or deletes an entry (a POST, PUT or DELETE here finds
 * no handler). A filter that cannot be read is named beside its field and the list stays empty.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditAdminController {

    static final int PAGE_SIZE = 50;
    /** The report's period when none is chosen: the last seven days, today included. */
    private static final int DEFAULT_DAYS = 7;

    private final AuditTrail audit;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    AuditAdminController(AuditTrail audit, MessageSource messages, Dates dates, Clock clock) {
        this.audit = audit;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String changes(@ModelAttribute("filter") AuditFilterForm form, BindingResult result, Model model) {
        AuditFilter filter = parsed(result, form::changes);
        model.addAttribute("searched", filter != null);
        model.addAttribute("entries", filter == null ? Page.empty()
                : audit.changes(filter, PageRequest.of(form.getPage(), PAGE_SIZE)));
        model.addAttribute("subjectTypes", audit.changedSubjectTypes());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("audit", audit);
        return "audit/admin-changes";
    }

    @GetMapping("/access")
    String accesses(@ModelAttribute("filter") AuditFilterForm form, BindingResult result, Model model) {
        AccessFilter filter = parsed(result, form::accesses);
        model.addAttribute("searched", filter != null);
        model.addAttribute("accesses", filter == null ? Page.empty()
                : audit.accesses(filter, PageRequest.of(form.getPage(), PAGE_SIZE)));
        model.addAttribute("subjectTypes", audit.accessedSubjectTypes());
        model.addAttribute("purposes", audit.purposes());
        return "audit/admin-access";
    }

    /** A line of the report with the Riyadh days its openings fall on, for the link to them in the access log. */
    record UnusualLine(UnusualAccess access, LocalDate firstDay, LocalDate lastDay) {
    }

    @GetMapping("/unusual")
    String unusual(@ModelAttribute("filter") UnusualAccessForm form, BindingResult result, Model model) {
        fillDefaults(form);
        UnusualAccessQuery query = parsed(result, form::query);
        List<UnusualLine> lines = query == null ? List.of() : audit.unusualAccess(query).stream()
                .map(access -> new UnusualLine(access, day(access.firstAccess()), day(access.lastAccess())))
                .toList();
        model.addAttribute("searched", query != null);
        model.addAttribute("lines", pageOf(lines, PageRequest.of(form.getPage(), PAGE_SIZE)));
        return "audit/admin-unusual";
    }

    /** The trail as filtered, every page of it, with each entry's field changes in one cell. */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> exportChanges(@PathVariable String format,
            @ModelAttribute("filter") AuditFilterForm form, BindingResult result, Locale locale) {
        AuditFilter filter = requireValid(parsed(result, form::changes));
        PagedRows<AuditEntry> rows = PagedRows.of(Sort.unsorted(), pageable -> audit.changes(filter, pageable));
        List<String> columns = labels(locale, "audit.when", "audit.who", "audit.filter.subjectType",
                "audit.filter.subjectId", "audit.action", "audit.fields");
        String title = messages.getMessage("audit.admin.title", null, locale);
        return new TableExport(title, ExportFormat.ofExtension(format), locale, rows.total(), writer -> {
            writer.startTable(title, columns);
            rows.forEachPage(page -> {
                for (AuditEntry entry : page) {
                    writer.row(Arrays.asList(dates.dateTime(entry.getOccurredAt(), locale), entry.getActor(),
                            entry.getSubjectType(), entry.getSubjectId(), entry.getAction(), changesText(entry)));
                }
            });
        }).toResponseEntity(clock);
    }

    /** The access log as filtered, every page of it. */
    @GetMapping("/access/export.{format}")
    ResponseEntity<StreamingResponseBody> exportAccesses(@PathVariable String format,
            @ModelAttribute("filter") AuditFilterForm form, BindingResult result, Locale locale) {
        AccessFilter filter = requireValid(parsed(result, form::accesses));
        PagedRows<PersonalDataAccess> rows = PagedRows.of(Sort.unsorted(),
                pageable -> audit.accesses(filter, pageable));
        List<String> columns = labels(locale, "audit.when", "audit.who", "audit.filter.subjectType",
                "audit.filter.subjectId", "audit.purpose");
        String title = messages.getMessage("audit.access.title", null, locale);
        return new TableExport(title, ExportFormat.ofExtension(format), locale, rows.total(), writer -> {
            writer.startTable(title, columns);
            rows.forEachPage(page -> {
                for (PersonalDataAccess access : page) {
                    writer.row(Arrays.asList(dates.dateTime(access.getAccessedAt(), locale), access.getActor(),
                            access.getSubjectType(), access.getSubjectId(), access.getPurpose()));
                }
            });
        }).toResponseEntity(clock);
    }

    /** What the form asks for, or null with the problems bound beside their fields. */
    private static <T> T parsed(BindingResult result, Supplier<T> parse) {
        if (result.hasErrors()) {
            return null;
        }
        try {
            return parse.get();
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return null;
        }
    }

    /** What the administrator left empty: the last seven days and the configured thresholds. */
    private void fillDefaults(UnusualAccessForm form) {
        if (form.getTo() == null) {
            form.setTo(form.getFrom() != null ? form.getFrom().plusDays(DEFAULT_DAYS - 1) : today());
        }
        if (form.getFrom() == null) {
            form.setFrom(form.getTo().minusDays(DEFAULT_DAYS - 1));
        }
        if (form.getRecords() == null) {
            form.setRecords(audit.unusualAccessDefaults().records());
        }
        if (form.getMinutes() == null) {
            form.setMinutes((int) audit.unusualAccessDefaults().window().toMinutes());
        }
    }

    /** An export has no page to show its problems on: a filter it cannot read is a bad request. */
    private static <T> T requireValid(T filter) {
        if (filter == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return filter;
    }

    private String changesText(AuditEntry entry) {
        return audit.fieldChanges(entry).stream()
                .map(change -> change.field() + ": " + (change.oldValue() == null ? "—" : change.oldValue()) + " → "
                        + (change.newValue() == null ? "—" : change.newValue()))
                .collect(Collectors.joining("\n"));
    }

    private List<String> labels(Locale locale, String... keys) {
        return Stream.of(keys).map(key -> messages.getMessage(key, null, locale)).toList();
    }

    private static <T> Page<T> pageOf(List<T> all, Pageable pageable) {
        int start = (int) Math.min(pageable.getOffset(), all.size());
        int end = Math.min(start + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(start, end), pageable, all.size());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.RIYADH));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Dates.RIYADH).toLocalDate();
    }
}
