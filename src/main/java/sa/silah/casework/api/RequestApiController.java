package sa.silah.casework.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.InboxQuery;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.NewRequest;
import sa.silah.casework.Request;
import sa.silah.casework.RequestAttachments;
import sa.silah.casework.RequestKind;
import sa.silah.casework.RequestStatus;
import sa.silah.casework.SlaState;
import sa.silah.catalog.Department;
import sa.silah.catalog.Departments;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * Requests for other systems: create (idempotently), read, list, move through the workflow, add contacts,
 * attach files and download them.
 */
@ApiController("/api/v1/requests")
@Tag(name = "Requests", description = "Requests (معاملات) of every kind and channel, with due times on the business calendar")
class RequestApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final Casework casework;
    private final Departments departments;
    private final ServiceCatalog services;
    private final RequestAttachments attachments;

    RequestApiController(Casework casework, Departments departments, ServiceCatalog services,
            RequestAttachments attachments) {
        this.casework = casework;
        this.departments = departments;
        this.services = services;
        this.attachments = attachments;
    }

    record Transition(RequestStatus to, String reason) {
    }

    record Assignment(String assignee) {
    }

    record DueTimeChange(Instant dueAt, String reason) {
    }

    @PostMapping
    @Operation(summary = "Submit a request", description = "201 with referenceNumber, status, submittedAt, dueAt and "
            + "department. With an Idempotency-Key header a retry answers the first request and creates nothing; "
            + "the same key with a different body is 422.")
    ResponseEntity<RequestResponse> submit(@RequestBody NewRequest draft,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("Idempotency-Key", "request.idempotencyKey.invalid")));
        }
        Casework.Submission submission = casework.submit(draft, caseworker(principal), idempotencyKey);
        Request request = submission.request();
        return ResponseEntity.created(URI.create("/api/v1/requests/" + request.getReferenceNumber()))
                .header("Idempotent-Replayed", String.valueOf(submission.replayed()))
                .body(response(request, true));
    }

    @GetMapping("/{referenceNumber}")
    @Operation(summary = "Read a request with its history")
    RequestResponse get(@PathVariable String referenceNumber, Principal principal) {
        return response(casework.find(referenceNumber, caseworker(principal)), true);
    }

    @GetMapping
    @Operation(summary = "List requests by due time", description = "Filters: status, kind, channel, sla "
            + "(ON_TRACK, AT_RISK, BREACHED), tab (MINE, DEPARTMENT, UNASSIGNED, AT_RISK, OVERDUE, ALL)")
    ApiPage<RequestResponse> list(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) SlaState sla, @RequestParam(required = false) InboxQuery.Tab tab,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            Principal principal) {
        var query = InboxQuery.of(tab, status, kind, channel, null, sla);
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by("dueAt", "referenceNumber"));
        Page<Request> found = casework.inbox(query, caseworker(principal), pageable);
        Map<Long, Department> byDepartment = departmentsById();
        Map<Long, ServiceOffering> byService = servicesOf(found.getContent());
        return ApiPage.of(found, request -> RequestResponse.of(request, byDepartment, byService, false));
    }

    @PostMapping("/{referenceNumber}/transitions")
    @Operation(summary = "Move a request to another status", description = "409 when the workflow does not allow it "
            + "from the current status; REJECTED, CANCELLED and reopening need a reason")
    RequestResponse transition(@PathVariable String referenceNumber, @RequestBody Transition transition,
            Principal principal) {
        return response(casework.changeStatus(referenceNumber, transition.to(), transition.reason(),
                caseworker(principal)), true);
    }

    @PostMapping("/{referenceNumber}/assignment")
    @Operation(summary = "Assign the request to a member of staff (officers and managers)")
    RequestResponse assign(@PathVariable String referenceNumber, @RequestBody Assignment assignment,
            Principal principal) {
        return response(casework.assign(referenceNumber, assignment.assignee(), caseworker(principal)), true);
    }

    @PostMapping("/{referenceNumber}/due-time")
    @Operation(summary = "Promise another due time, with a reason")
    RequestResponse changeDueTime(@PathVariable String referenceNumber, @RequestBody DueTimeChange change,
            Principal principal) {
        return response(casework.changeDueTime(referenceNumber, change.dueAt(), change.reason(),
                caseworker(principal)), true);
    }

    @PostMapping("/{referenceNumber}/interactions")
    @Operation(summary = "Record a contact on the request's timeline")
    ResponseEntity<RequestResponse.InteractionResponse> interact(@PathVariable String referenceNumber,
            @RequestBody NewInteraction contact, Principal principal) {
        var interaction = casework.recordInteraction(referenceNumber, contact, caseworker(principal));
        return ResponseEntity.status(HttpStatus.CREATED).body(RequestResponse.InteractionResponse.of(interaction,
                referenceNumber));
    }

    @GetMapping("/{referenceNumber}/attachments")
    @Operation(summary = "List the request's attachments, oldest first")
    List<AttachmentResponse> attachments(@PathVariable String referenceNumber, Principal principal) {
        return attachments.list(referenceNumber, caseworker(principal)).stream().map(AttachmentResponse::of).toList();
    }

    @PostMapping(path = "/{referenceNumber}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file", description = "Multipart, the file in the part 'file'. PDF, PNG, JPEG, GIF, "
            + "WebP, DOCX, XLSX, DOC or XLS, recognised from the content (not the name), without macros, at most "
            + "silah.requests.max-attachment-size (10 MB by default). 201 with the attachment; 400 naming 'file' "
            + "when it is empty or of another type, too large also as 413 when the upload exceeds the limit.")
    ResponseEntity<AttachmentResponse> attach(@PathVariable String referenceNumber,
            @RequestPart(name = "file", required = false) MultipartFile file, Principal principal) throws IOException {
        try (InputStream content = file == null ? null : file.getInputStream()) {
            var attachment = attachments.attach(referenceNumber, file == null ? null : file.getOriginalFilename(),
                    content, caseworker(principal));
            return ResponseEntity.created(URI.create("/api/v1/requests/" + referenceNumber + "/attachments/"
                    + attachment.getId())).body(AttachmentResponse.of(attachment));
        }
    }

    @GetMapping("/{referenceNumber}/attachments/{attachmentId}")
    @Operation(summary = "Download an attachment", description = "Always as a download (Content-Disposition: "
            + "attachment, the name RFC 5987-encoded), with the content type recognised at upload")
    ResponseEntity<Resource> download(@PathVariable String referenceNumber, @PathVariable UUID attachmentId,
            Principal principal) {
        return attachments.open(referenceNumber, attachmentId, caseworker(principal)).toResponseEntity();
    }

    private RequestResponse response(Request request, boolean withHistory) {
        return RequestResponse.of(request, departmentsById(), servicesOf(List.of(request)), withHistory);
    }

    private Map<Long, Department> departmentsById() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
    }

    private Map<Long, ServiceOffering> servicesOf(List<Request> requests) {
        return services.byId(requests.stream().map(Request::getServiceId).filter(Objects::nonNull).distinct().toList());
    }

    private Caseworker caseworker(Principal principal) {
        return casework.caseworker(principal.getName());
    }
}
