package sa.silah.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.casework.RequestHistoryEntry;
import sa.silah.casework.Caseworker;
import sa.silah.casework.NotAllowedException;
import sa.silah.casework.Request;
import sa.silah.casework.RequestAttachments;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.RequestTransitionException;
import sa.silah.catalog.Departments;
import sa.silah.catalog.DurationWords;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.sla.BusinessDuration;

/**
 * A request's page: its summary and SLA bar, the status changes allowed now, assignment, the promised time,
 * its timeline and its attachments. Also the requests and contact timeline shown on a beneficiary's page.
 */
@Controller
@RequestMapping("/requests")
class RequestController {

    private static final int TIMELINE_SIZE = 50;

    private final Casework casework;
    private final DurationWords durationWords;
    private final MessageSource messages;
    private final BeneficiaryRegistry registry;
    private final Departments departments;
    private final ServiceCatalog services;
    private final RequestAttachments attachments;

    RequestController(Casework casework, BeneficiaryRegistry registry, Departments departments,
            ServiceCatalog services, RequestAttachments attachments, DurationWords durationWords,
            MessageSource messages) {
        this.casework = casework;
        this.registry = registry;
        this.departments = departments;
        this.services = services;
        this.attachments = attachments;
        this.durationWords = durationWords;
        this.messages = messages;
    }

    @GetMapping("/{referenceNumber}")
    String view(@PathVariable String referenceNumber, Principal principal, Model model) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        Request request = casework.find(referenceNumber, caseworker);
        model.addAttribute("request", request);
        model.addAttribute("caseworker", caseworker);
        model.addAttribute("timeUsedPercent", Math.round(request.shareOfTimeUsed(Instant.now(), casework.clock()) * 100));
        model.addAttribute("timeline", timeline(request));
        model.addAttribute("beneficiary", request.getBeneficiaryId() == null ? null
                : registry.find(request.getBeneficiaryId()).orElse(null));
        model.addAttribute("department", request.getDepartmentId() == null ? null
                : departments.findById(request.getDepartmentId()).orElse(null));
        model.addAttribute("service", request.getServiceId() == null ? null : services.get(request.getServiceId()));
        model.addAttribute("nextStatuses", nextStatuses(request, caseworker));
        ContactController.addChoices(model);
        model.addAttribute("contact", contactOn(request.getChannel()));
        model.addAttribute("attachments", attachments.list(referenceNumber, caseworker));
        model.addAttribute("maxAttachmentBytes", attachments.maxSizeInBytes());
        return "casework/request";
    }

    @PostMapping("/{referenceNumber}/attachments")
    String attach(@PathVariable String referenceNumber, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        Caseworker caseworker = casework.caseworker(principal.getName());
        boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        try (InputStream content = chosen ? file.getInputStream() : null) {
            attachments.attach(referenceNumber, chosen ? file.getOriginalFilename() : null, content, caseworker);
            redirect.addFlashAttribute("message", "attachment.saved");
            return "redirect:/requests/" + referenceNumber;
        }
        catch (InvalidFieldsException refused) {
            model.addAttribute("attachmentProblems", refused.problems());
        }
        return view(referenceNumber, principal, model);
    }

    @GetMapping("/{referenceNumber}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable String referenceNumber, @PathVariable UUID attachmentId,
            Principal principal) {
        return attachments.open(referenceNumber, attachmentId, casework.caseworker(principal.getName()))
                .toResponseEntity();
    }

    @PostMapping("/{referenceNumber}/status")
    String changeStatus(@PathVariable String referenceNumber, @RequestParam RequestStatus to,
            @RequestParam(required = false) String reason, Principal principal, Model model, RedirectAttributes redirect) {
        return act(referenceNumber, principal, model, redirect,
                caseworker -> casework.changeStatus(referenceNumber, to, reason, caseworker));
    }

    @PostMapping("/{referenceNumber}/assignment")
    String assign(@PathVariable String referenceNumber, @RequestParam(required = false) String assignee,
            Principal principal, Model model, RedirectAttributes redirect) {
        return act(referenceNumber, principal, model, redirect,
                caseworker -> casework.assign(referenceNumber, assignee, caseworker));
    }

    @PostMapping("/{referenceNumber}/due-time")
    String changeDueTime(@PathVariable String referenceNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt,
            @RequestParam(required = false) String reason, Principal principal, Model model,
            RedirectAttributes redirect) {
        Instant due = dueAt == null ? null : dueAt.atZone(Dates.RIYADH).toInstant();
        return act(referenceNumber, principal, model, redirect,
                caseworker -> casework.changeDueTime(referenceNumber, due, reason, caseworker));
    }

    /** A beneficiary's requests and contacts, loaded into the beneficiary's page. */
    @GetMapping("/beneficiary/{beneficiaryId}")
    String ofBeneficiary(@PathVariable UUID beneficiaryId, Principal principal, Model model) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        model.addAttribute("beneficiaryId", beneficiaryId);
        model.addAttribute("requests", casework.requestsOf(beneficiaryId, caseworker,
                PageRequest.of(0, 20, org.springframework.data.domain.Sort.by("submittedAt").descending())));
        List<Interaction> timeline = casework.timelineOf(beneficiaryId, PageRequest.of(0, TIMELINE_SIZE)).getContent();
        model.addAttribute("timeline", timeline);
        model.addAttribute("requestReferences", casework.referenceNumbersOf(timeline));
        ContactController.addChoices(model);
        model.addAttribute("contact", contactOn(null));
        return "casework/beneficiary :: requests";
    }

    private String act(String referenceNumber, Principal principal, Model model, RedirectAttributes redirect,
            java.util.function.Consumer<Caseworker> action) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        try {
            action.accept(caseworker);
            redirect.addFlashAttribute("message", "request.saved");
            return "redirect:/requests/" + referenceNumber;
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("problems", invalid.problems());
        }
        catch (RequestTransitionException refused) {
            model.addAttribute("problems", List.of(new FieldProblem("to", refused.messageKey())));
        }
        catch (NotAllowedException refused) {
            model.addAttribute("problems", List.of(new FieldProblem("assignee", refused.messageKey())));
        }
        return view(referenceNumber, principal, model);
    }

    /** A blank contact form, its channel the one the request came in on. */
    private static ContactForm contactOn(Channel channel) {
        ContactForm contact = new ContactForm();
        contact.setChannel(channel);
        return contact;
    }

    /** One line of a request's timeline: a contact, or a step of its history with its detail in words. */
    record TimelineLine(Instant at, Interaction interaction, RequestHistoryEntry history, String detail) {
    }

    /** Contacts and history in one list, newest first, so that the latest step is always on top. */
    private List<TimelineLine> timeline(Request request) {
        Stream<TimelineLine> contacts = casework.timelineOf(request, PageRequest.of(0, TIMELINE_SIZE)).getContent()
                .stream().map(contact -> new TimelineLine(contact.getOccurredAt(), contact, null, null));
        Stream<TimelineLine> steps = request.getHistory().stream()
                .map(step -> new TimelineLine(step.getOccurredAt(), null, step, detailOf(step)));
        return Stream.concat(contacts, steps)
                .sorted(Comparator.comparing(TimelineLine::at).reversed()).toList();
    }

    /** A submission's detail is the promised business time, which reads better in words than in ISO-8601. */
    private String detailOf(RequestHistoryEntry step) {
        if (step.getAction() == RequestHistoryEntry.Action.SUBMITTED && step.getDetail() != null) {
            return messages.getMessage("history.promised",
                    new Object[] { durationWords.of(BusinessDuration.parse(step.getDetail())) },
                    LocaleContextHolder.getLocale());
        }
        return step.getDetail();
    }

    /** The status buttons to offer: the workflow's next steps, and reopening for managers. */
    private static List<RequestStatus> nextStatuses(Request request, Caseworker caseworker) {
        if (request.getStatus().isClosed()) {
            return caseworker.isManager() && !request.isReopened() ? List.of(RequestStatus.IN_PROGRESS) : List.of();
        }
        return request.getStatus().next().stream().sorted().toList();
    }
}
