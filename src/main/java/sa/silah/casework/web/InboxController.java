package sa.silah.casework.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.EscalationQueue;
import sa.silah.casework.InboxQuery;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SlaState;
import sa.silah.catalog.Department;
import sa.silah.catalog.Departments;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/**
 * The officer's inbox: my requests, my department's, the unassigned, those at risk and those overdue, each
 * sorted by due time with its count; filters and tabs update the list in place with htmx.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private static final int PAGE_SIZE = 25;

    private final Casework casework;
    private final EscalationQueue escalations;
    private final Departments departments;
    private final ServiceCatalog services;
    private final SegmentCatalog segments;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    InboxController(Casework casework, EscalationQueue escalations, Departments departments, ServiceCatalog services,
            SegmentCatalog segments, MessageSource messages, Dates dates, Clock clock) {
        this.casework = casework;
        this.escalations = escalations;
        this.departments = departments;
        this.services = services;
        this.segments = segments;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    /** A tab and how many requests it holds. */
    record TabCount(InboxQuery.Tab tab, long count) {
    }

    /**
     * What the inbox is asked for: a tab, the filters an officer sets, and those a report's figure links with (its
     * department, the beneficiary's segment, the days submitted, open only).
     */
    record InboxParameters(InboxQuery.Tab tab, RequestStatus status, RequestKind kind, Channel channel, Long service,
            SlaState sla, Long department, Long segment, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean open, Integer page) {
    }

    @GetMapping
    String inbox(InboxParameters parameters, Principal principal, Model model) {
        fill(parameters, principal, model);
        Caseworker caseworker = casework.caseworker(principal.getName());
        if (caseworker.isManager()) {
            model.addAttribute("escalations", escalations.waiting(caseworker, PageRequest.of(0, 20)).getContent());
        }
        return "casework/inbox";
    }

    @PostMapping("/escalations/{id}")
    String takeInHand(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        escalations.takeInHand(id, casework.caseworker(principal.getName()));
        redirect.addFlashAttribute("message", "escalation.takenInHand");
        return "redirect:/inbox";
    }

    @HxRequest
    @GetMapping
    String results(InboxParameters parameters, Principal principal, Model model) {
        fill(parameters, principal, model);
        return "casework/inbox :: results";
    }

    /**
     * The list as the page shows it, with the same tab and filters, every page of it, as CSV or XLSX: what the
     * table shows plus the channel, the service, the SLA state and the submission time; nothing else of the
     * beneficiary.
     */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, InboxParameters parameters,
            Principal principal, Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        Caseworker caseworker = casework.caseworker(principal.getName());
        InboxQuery query = query(parameters, caseworker);
        PagedRows<Request> requests = PagedRows.of(Sort.by("dueAt", "referenceNumber"),
                pageable -> casework.inbox(query, caseworker, pageable));
        Map<Long, Department> departmentsById = departments.findAll().stream()
                .collect(Collectors.toMap(Department::getId, Function.identity()));
        List<String> columns = Stream.of("request.referenceNumber", "request.subject", "request.kind",
                "request.channel", "request.service", "request.department", "request.status", "request.slaState",
                "request.submittedAt", "request.dueAt", "request.assignee")
                .map(key -> messages.getMessage(key, null, locale)).toList();
        String title = messages.getMessage("inbox.title", null, locale);
        return new TableExport(title, exportFormat, locale, requests.total(), writer -> {
            writer.startTable(title, columns);
            requests.forEachPage(page -> {
                Map<Long, ServiceOffering> servicesById = services.byId(page.stream().map(Request::getServiceId)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
                for (Request request : page) {
                    writer.row(row(request, servicesById, departmentsById, locale));
                }
            });
        }).toResponseEntity(clock);
    }

    private List<Object> row(Request request, Map<Long, ServiceOffering> servicesById,
            Map<Long, Department> departmentsById, Locale locale) {
        ServiceOffering offering = request.getServiceId() == null ? null : servicesById.get(request.getServiceId());
        Department department = request.getDepartmentId() == null ? null : departmentsById.get(request.getDepartmentId());
        return Arrays.asList(request.getReferenceNumber(), request.getSubject(),
                messages.getMessage("requestKind." + request.getKind(), null, locale),
                messages.getMessage("channel." + request.getChannel(), null, locale),
                offering == null ? null : offering.name(locale), department == null ? null : department.name(locale),
                messages.getMessage("requestStatus." + request.getStatus(), null, locale),
                messages.getMessage("slaState." + request.getSlaState(), null, locale),
                dates.dateTime(request.getSubmittedAt(), locale), dates.dateTime(request.getDueAt(), locale),
                request.getAssignee());
    }

    /** The list asked for, of the caseworker's default tab when none is chosen. */
    private static InboxQuery query(InboxParameters parameters, Caseworker caseworker) {
        InboxQuery.Tab chosen = parameters.tab() != null ? parameters.tab()
                : caseworker.seesEveryDepartment() ? InboxQuery.Tab.UNASSIGNED : InboxQuery.Tab.DEPARTMENT;
        return new InboxQuery(chosen, parameters.status(), parameters.kind(), parameters.channel(),
                parameters.service(), parameters.sla(), null, parameters.department(), parameters.segment(),
                parameters.from(), parameters.to(), Boolean.TRUE.equals(parameters.open()));
    }

    private void fill(InboxParameters parameters, Principal principal, Model model) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        InboxQuery query = query(parameters, caseworker);
        InboxQuery.Tab chosen = query.tab();
        int page = parameters.page() == null ? 0 : Math.max(parameters.page(), 0);
        Page<Request> requests = casework.inbox(query, caseworker,
                PageRequest.of(page, PAGE_SIZE, Sort.by("dueAt", "referenceNumber")));
        List<TabCount> tabs = Stream.of(InboxQuery.Tab.values()).filter(each -> each != InboxQuery.Tab.ALL)
                .map(each -> new TabCount(each, casework.count(InboxQuery.ofTab(each), caseworker))).toList();
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("services", services.active());
        model.addAttribute("tab", chosen);
        model.addAttribute("tabs", tabs);
        model.addAttribute("requests", requests);
        model.addAttribute("filter", query);
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("departmentsById", departments.findAll().stream()
                .collect(Collectors.toMap(Department::getId, Function.identity())));
        if (query.segmentId() != null) {
            segments.all().stream().filter(segment -> segment.getId().equals(query.segmentId())).findFirst()
                    .ifPresent(segment -> model.addAttribute("segment", segment));
        }
    }
}
