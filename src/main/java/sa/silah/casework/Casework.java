package sa.silah.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.Departments;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.shared.Channel;
import sa.silah.shared.EmailAddress;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.sla.BusinessDuration;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * The casework use cases: take a request in through the policy's four steps, move it through its
 * workflow, assign it, and keep the contact timeline. Every read and change is checked against what the
 * {@link Caseworker} may see: a request they may not see does not exist for them.
 */
@Service
@Transactional
public class Casework {

    /** The most documents a beneficiary sends in one upload. */
    static final int MAX_FILES_AT_ONCE = 10;

    /** Who submitted a request sent from the public site, in its history. */
    public static final String WEBSITE_ACTOR = "website";

    private final Requests requests;
    private final Interactions interactions;
    private final ReferenceNumbers referenceNumbers;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final Departments departments;
    private final StaffManagement staff;
    private final SlaClock clock;
    private final CaseworkProperties properties;
    private final JdbcClient jdbc;
    private final Clock time;
    private final RequestAttachments attachments;
    private final ApplicationEventPublisher events;

    Casework(Requests requests, Interactions interactions, ReferenceNumbers referenceNumbers,
            BeneficiaryRegistry registry, ServiceCatalog services, Departments departments, StaffManagement staff,
            SlaClock clock, CaseworkProperties properties, JdbcClient jdbc, Clock time,
            RequestAttachments attachments, ApplicationEventPublisher events) {
        this.requests = requests;
        this.interactions = interactions;
        this.referenceNumbers = referenceNumbers;
        this.registry = registry;
        this.services = services;
        this.departments = departments;
        this.staff = staff;
        this.clock = clock;
        this.properties = properties;
        this.jdbc = jdbc;
        this.time = time;
        this.attachments = attachments;
        this.events = events;
    }

    /** A submitted request, and whether it was submitted before under the same idempotency key. */
    public record Submission(Request request, boolean replayed) {
    }

    /** The due time intake would promise now for this kind and service (step two, before submitting). */
    @Transactional(readOnly = true)
    public Instant expectedDueAt(RequestKind kind, String serviceCode) {
        return clock.dueAt(time.instant(), promisedDuration(kind, serviceCode == null ? Optional.empty()
                : services.findByCode(serviceCode)));
    }

    public Request submit(NewRequest draft, Caseworker caseworker) {
        return submit(draft, caseworker, null).request();
    }

    /**
     * Submits a request. With an idempotency key, a retry of the same submission answers the request made
     * the first time; the same key with different content is refused.
     */
    public Submission submit(NewRequest draft, Caseworker caseworker, String idempotencyKey) {
        return submit(draft, caseworker, idempotencyKey, null);
    }

    /**
     * Opens a request from a contact already on the beneficiary's timeline (a social media message): the contact
     * becomes the request's first, instead of recording the inquiry a second time. A contact already in a request is
     * refused, and the new request with it.
     */
    public Request submitFrom(long interactionId, NewRequest draft, Caseworker caseworker) {
        Interaction origin = interactions.findById(interactionId)
                .filter(contact -> contact.getBeneficiaryId() != null
                        && contact.getBeneficiaryId().equals(draft.beneficiaryId()))
                .orElseThrow(() -> new InvalidFieldsException(List.of(
                        new FieldProblem("fromInteraction", "interaction.notOfBeneficiary"))));
        return submit(draft, caseworker, null, origin).request();
    }

    private Submission submit(NewRequest draft, Caseworker caseworker, String idempotencyKey, Interaction origin) {
        String bodyHash = hash(draft.toString());
        if (idempotencyKey != null) {
            Optional<Submission> earlier = replay(idempotencyKey, caseworker.username(), bodyHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = time.instant();
        Optional<ServiceOffering> service = checkedService(draft);
        Request request = Request.submit(checkedIntake(draft, service), referenceNumbers.next(now),
                promisedDuration(draft.kind(), service), now, clock, caseworker.username());
        if (draft.promisedDueAt() != null && !draft.promisedDueAt().equals(request.getDueAt())) {
            request.changeDueTime(draft.promisedDueAt(), draft.dueChangeReason(), caseworker.username(), now, clock);
        }
        requests.save(request);
        recordIntakeContacts(request, draft, caseworker, now, origin);
        if (idempotencyKey != null) {
            jdbc.sql("""
                    insert into idempotency_record (idempotency_key, caller, body_hash, request_id, created_at)
                    values (:key, :caller, :hash, :request, :now)""")
                    .param("key", idempotencyKey).param("caller", caseworker.username()).param("hash", bodyHash)
                    .param("request", request.getId()).param("now", java.sql.Timestamp.from(now)).update();
        }
        return new Submission(request, false);
    }

    private Optional<Submission> replay(String key, String caller, String bodyHash) {
        return jdbc.sql("select body_hash, request_id from idempotency_record where caller = :caller and idempotency_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> {
                    if (!rs.getString(1).equals(bodyHash)) {
                        throw new IdempotencyKeyReusedException();
                    }
                    return rs.getObject(2, UUID.class);
                })
                .optional()
                .map(id -> new Submission(loaded(requests.findById(id).orElseThrow()), true));
    }

    private Optional<ServiceOffering> checkedService(NewRequest draft) {
        if (draft.serviceCode() == null || draft.serviceCode().isBlank()) {
            return Optional.empty();
        }
        return services.findByCode(draft.serviceCode().strip());
    }

    private Request.Intake checkedIntake(NewRequest draft, Optional<ServiceOffering> service) {
        return checkedIntake(draft, service, new ArrayList<>(), false);
    }

    /** {@code submitterKept}: the request names its sender itself (the public site), not a beneficiary record. */
    private Request.Intake checkedIntake(NewRequest draft, Optional<ServiceOffering> service, List<FieldProblem> problems,
            boolean submitterKept) {
        if (draft.kind() == null) {
            problems.add(new FieldProblem("kind", "request.kind.required"));
        }
        if (draft.channel() == null) {
            problems.add(new FieldProblem("channel", "request.channel.required"));
        }
        if (draft.subject() == null || draft.subject().isBlank() || draft.subject().length() > 200) {
            problems.add(new FieldProblem("subject", "request.subject.required"));
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            problems.add(new FieldProblem("description", "validation.tooLong"));
        }
        boolean named = draft.serviceCode() != null && !draft.serviceCode().isBlank();
        if (named && service.filter(ServiceOffering::isActive).isEmpty()) {
            problems.add(new FieldProblem("serviceCode", "request.service.unknown"));
        }
        else if (!named && draft.kind() == RequestKind.SERVICE) {
            problems.add(new FieldProblem("serviceCode", "request.service.required"));
        }
        Beneficiary beneficiary = submitterKept && draft.beneficiaryId() == null ? null
                : checkedBeneficiary(draft, problems);
        if (draft.promisedDueAt() != null && (draft.dueChangeReason() == null || draft.dueChangeReason().isBlank())) {
            problems.add(new FieldProblem("dueChangeReason", "request.due.reasonRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Long department = service.map(offering -> offering.getDepartment().getId())
                .orElseGet(() -> departments.findByCode(properties.defaultDepartment()).map(d -> d.getId()).orElse(null));
        return new Request.Intake(draft.kind(), draft.channel(), beneficiary == null ? null : beneficiary.getId(),
                service.map(ServiceOffering::getId).orElse(null), department, draft.subject().strip(),
                blankToNull(draft.description()), draft.priority(), blankToNull(draft.contactWaiver()));
    }

    /** Step three: a request leaves intake only with a way to reach the beneficiary, or a reason why not. */
    private Beneficiary checkedBeneficiary(NewRequest draft, List<FieldProblem> problems) {
        if (draft.beneficiaryId() == null) {
            if (draft.kind() != null && !draft.kind().mayBeAnonymous()) {
                problems.add(new FieldProblem("beneficiaryId", "request.beneficiary.required"));
            }
            return null;
        }
        Optional<Beneficiary> beneficiary = registry.find(draft.beneficiaryId());
        if (beneficiary.isEmpty()) {
            problems.add(new FieldProblem("beneficiaryId", "request.beneficiary.unknown"));
            return null;
        }
        if (beneficiary.get().isAnonymised()) {
            problems.add(new FieldProblem("beneficiaryId", "request.beneficiary.erased"));
            return null;
        }
        boolean reachable = beneficiary.get().getMobile() != null || beneficiary.get().getEmail() != null;
        if (!reachable && (draft.contactWaiver() == null || draft.contactWaiver().isBlank())) {
            problems.add(new FieldProblem("contactWaiver", "request.contact.required"));
        }
        return beneficiary.get();
    }

    /**
     * A request sent from the public site (channel {@code WEBSITE}). The sender's mobile names them when exactly one
     * beneficiary record holds it; otherwise their name, mobile and email stay on the request, and no beneficiary
     * record is created from an anonymous web form. Only public, active services may be asked for.
     */
    public Request submitFromWebsite(PublicSubmission submission) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean anonymous = submission.isAnonymous();
        String name = anonymous ? null : blankToNull(submission.name());
        if (!anonymous && name == null) {
            problems.add(new FieldProblem("name", "site.name.required"));
        }
        else if (name != null && name.length() > PublicSubmission.NAME_MAX) {
            problems.add(new FieldProblem("name", "validation.tooLong"));
        }
        Optional<SaudiMobile> mobile = websiteMobile(submission.mobile(), anonymous, problems);
        Optional<EmailAddress> email = websiteEmail(submission.email(), problems);
        if (submission.description() == null || submission.description().isBlank()) {
            problems.add(new FieldProblem("description", "site.description.required"));
        }
        Optional<Beneficiary> holder = anonymous ? Optional.empty() : mobile.flatMap(registry::findOnlyHolderOf);
        NewRequest draft = new NewRequest(holder.map(Beneficiary::getId).orElse(null), submission.kind(),
                Channel.WEBSITE, submission.serviceCode(), submission.subject(), submission.description(),
                Priority.NORMAL, null, null, null, null);
        Optional<ServiceOffering> service = checkedService(draft).filter(ServiceOffering::isPublicService);
        Request.Intake intake = checkedIntake(draft, service, problems, true);
        Instant now = time.instant();
        Request request = Request.submit(intake, referenceNumbers.next(now), promisedDuration(draft.kind(), service),
                now, clock, WEBSITE_ACTOR);
        if (holder.isEmpty()) {
            request.keepSubmitter(name, mobile.map(SaudiMobile::e164).orElse(null),
                    email.map(EmailAddress::value).orElse(null));
        }
        requests.save(request);
        interactions.save(new Interaction(request.getBeneficiaryId(), request.getId(),
                InteractionType.usualFor(Channel.WEBSITE), Channel.WEBSITE, Direction.INBOUND,
                intake.description() == null ? intake.subject() : intake.description(), false, WEBSITE_ACTOR, now));
        return loaded(request);
    }

    private static Optional<SaudiMobile> websiteMobile(String raw, boolean anonymous, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            if (!anonymous) {
                problems.add(new FieldProblem("mobile", "site.mobile.required"));
            }
            return Optional.empty();
        }
        Optional<SaudiMobile> mobile = raw.length() > 30 ? Optional.empty() : SaudiMobile.tryParse(raw);
        if (mobile.isEmpty()) {
            problems.add(new FieldProblem("mobile", "site.mobile.invalid"));
        }
        return mobile;
    }

    private static Optional<EmailAddress> websiteEmail(String raw, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            if (raw.strip().length() > PublicSubmission.EMAIL_MAX) {
                throw new InvalidValueException("site.email.invalid", "Email address too long");
            }
            return Optional.of(EmailAddress.parse(raw));
        }
        catch (InvalidValueException invalid) {
            problems.add(new FieldProblem("email", "site.email.invalid"));
            return Optional.empty();
        }
    }

    /**
     * A request as its sender may follow it without signing in: found only when the mobile is the one the request
     * was sent with, or the one on its beneficiary's record. An unknown reference and a wrong mobile look the same.
     */
    @Transactional(readOnly = true)
    public Optional<PublicTracking> track(String referenceNumber, SaudiMobile mobile) {
        if (referenceNumber == null || mobile == null) {
            return Optional.empty();
        }
        return requests.findByReferenceNumber(referenceNumber.strip().toUpperCase(Locale.ROOT))
                .filter(request -> mobile.e164().equals(request.getSubmitterMobile())
                        || request.getBeneficiaryId() != null && registry.find(request.getBeneficiaryId())
                                .map(Beneficiary::getMobile).filter(mobile.e164()::equals).isPresent())
                .map(Casework::publicView);
    }

    private static PublicTracking publicView(Request request) {
        List<PublicTracking.Update> updates = request.getHistory().stream()
                .filter(entry -> entry.getAction() == RequestHistoryEntry.Action.SUBMITTED
                        || entry.getAction() == RequestHistoryEntry.Action.STATUS_CHANGED
                        || entry.getAction() == RequestHistoryEntry.Action.REOPENED)
                .map(entry -> new PublicTracking.Update(entry.getOccurredAt(), entry.getToStatus()))
                .toList();
        return new PublicTracking(request.getReferenceNumber(), request.getKind(), request.getServiceId(),
                request.getStatus(), request.getSubmittedAt(), request.getDueAt(), updates);
    }

    private BusinessDuration promisedDuration(RequestKind kind, Optional<ServiceOffering> service) {
        return service.map(ServiceOffering::getStandardDuration)
                .orElseGet(() -> properties.durationOf(kind == null ? RequestKind.SERVICE : kind));
    }

    private void recordIntakeContacts(Request request, NewRequest draft, Caseworker caseworker, Instant now,
            Interaction origin) {
        if (origin != null) {
            origin.linkTo(request.getId());
        }
        else {
            String inquiry = draft.description() == null || draft.description().isBlank() ? draft.subject()
                    : draft.description();
            interactions.save(new Interaction(request.getBeneficiaryId(), request.getId(),
                    InteractionType.usualFor(draft.channel()), draft.channel(), Direction.INBOUND, inquiry.strip(),
                    false, caseworker.username(), now));
        }
        if (draft.answerGiven() != null && !draft.answerGiven().isBlank()) {
            interactions.save(new Interaction(request.getBeneficiaryId(), request.getId(),
                    InteractionType.usualFor(draft.channel()), draft.channel(), Direction.OUTBOUND,
                    draft.answerGiven().strip(), false, caseworker.username(), now));
        }
    }

    public Request changeStatus(String referenceNumber, RequestStatus to, String reason, Caseworker caseworker) {
        if (to == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("to", "request.transition.targetRequired")));
        }
        Request request = visible(referenceNumber, caseworker);
        request.changeStatus(to, reason, caseworker, time.instant(), clock);
        return loaded(requests.save(request));
    }

    public Request changeDueTime(String referenceNumber, Instant dueAt, String reason, Caseworker caseworker) {
        if (dueAt == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("dueAt", "request.due.required")));
        }
        Request request = visible(referenceNumber, caseworker);
        request.changeDueTime(dueAt, reason, caseworker.username(), time.instant(), clock);
        return loaded(requests.save(request));
    }

    /** Officers and managers hand a request to a member of staff, or take it back with an empty assignee. */
    public Request assign(String referenceNumber, String assignee, Caseworker caseworker) {
        Request request = visible(referenceNumber, caseworker);
        if (!caseworker.mayAssign()) {
            throw new NotAllowedException("request.assign.notAllowed");
        }
        if (assignee != null && !assignee.isBlank()
                && staff.findByUsername(assignee.strip()).filter(StaffUser::isEnabled).isEmpty()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("assignee", "request.assignee.unknown")));
        }
        request.assign(assignee == null ? null : assignee.strip(), caseworker.username(), time.instant());
        return loaded(requests.save(request));
    }

    public Interaction recordInteraction(String referenceNumber, NewInteraction contact, Caseworker caseworker) {
        Request request = visible(referenceNumber, caseworker);
        return interactions.save(checked(contact, request.getBeneficiaryId(), request.getId(), caseworker));
    }

    /** A contact that belongs to no request, on the beneficiary's own timeline. */
    public Interaction recordInteraction(UUID beneficiaryId, NewInteraction contact, Caseworker caseworker) {
        Beneficiary beneficiary = registry.find(beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        if (beneficiary.isAnonymised()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("beneficiaryId", "request.beneficiary.erased")));
        }
        return interactions.save(checked(contact, beneficiaryId, null, caseworker));
    }

    private Interaction checked(NewInteraction contact, UUID beneficiaryId, UUID requestId, Caseworker caseworker) {
        return Interaction.recorded(contact, beneficiaryId, requestId, caseworker.username(), time.instant());
    }

    /**
     * Puts a message a platform delivered on the beneficiary's timeline, once: the same message again (a redelivered
     * webhook) answers the contact recorded the first time. Two deliveries at the same moment both pass the check;
     * the unique external id then refuses the second with a {@link org.springframework.dao.DataIntegrityViolationException}.
     */
    public Interaction recordReceivedMessage(UUID beneficiaryId, ReceivedMessage message, String actor) {
        registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
        return interactions.findByExternalId(message.externalId()).orElseGet(() -> {
            Interaction received = interactions.saveAndFlush(Interaction.received(beneficiaryId, message, actor));
            events.publishEvent(new InteractionEvents.MessageReceived(beneficiaryId, received.getId(),
                    message.platform(), message.text(), message.receivedAt()));
            return received;
        });
    }

    /** Whether a message with this platform id is already on some timeline. */
    @Transactional(readOnly = true)
    public boolean hasReceived(String externalId) {
        return interactions.findByExternalId(externalId).isPresent();
    }

    /** One contact, for opening a request from it. */
    @Transactional(readOnly = true)
    public Optional<Interaction> findInteraction(long id) {
        return interactions.findById(id);
    }

    /** The reference numbers of these requests, in one query, for lists of contacts that name their request. */
    @Transactional(readOnly = true)
    public Map<UUID, String> referenceNumbersOf(Collection<Interaction> contacts) {
        List<UUID> ids = contacts.stream().map(Interaction::getRequestId).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return requests.referenceNumbersOf(ids).stream()
                .collect(Collectors.toMap(Requests.ReferenceNumberOf::getId, Requests.ReferenceNumberOf::getReferenceNumber));
    }

    @Transactional(readOnly = true)
    public Request find(String referenceNumber, Caseworker caseworker) {
        return loaded(visible(referenceNumber, caseworker));
    }

    /** A request by id, for modules that react to its events: no person is reading, so no caseworker check. */
    @Transactional(readOnly = true)
    public Optional<Request> findById(UUID requestId) {
        return requests.findById(requestId);
    }

    @Transactional(readOnly = true)
    public Page<Request> inbox(InboxQuery query, Caseworker caseworker, Pageable pageable) {
        return requests.findAll(query.toSpecification(caseworker, time.instant()), pageable);
    }

    @Transactional(readOnly = true)
    public long count(InboxQuery query, Caseworker caseworker) {
        return requests.count(query.toSpecification(caseworker, time.instant()));
    }

    /** A beneficiary's requests that this caseworker may see, newest first. */
    @Transactional(readOnly = true)
    public Page<Request> requestsOf(UUID beneficiaryId, Caseworker caseworker, Pageable pageable) {
        return requests.findAll(InboxQuery.ofBeneficiary(beneficiaryId).toSpecification(caseworker, time.instant()),
                pageable);
    }

    @Transactional(readOnly = true)
    public Page<Interaction> timelineOf(UUID beneficiaryId, Pageable pageable) {
        return interactions.findByBeneficiaryIdOrderByOccurredAtDescIdDesc(beneficiaryId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<Interaction> timelineOf(Request request, Pageable pageable) {
        return interactions.findByRequestIdOrderByOccurredAtDescIdDesc(request.getId(), pageable);
    }

    /** A beneficiary's own requests, newest first, for the beneficiary themselves; not limited by department. */
    @Transactional(readOnly = true)
    public Page<Request> requestsOfBeneficiary(UUID beneficiaryId, Pageable pageable) {
        return requests.findByBeneficiaryIdOrderBySubmittedAtDesc(beneficiaryId, pageable);
    }

    /**
     * The request with this reference number if it is this beneficiary's own; for anyone else it does not exist,
     * so the portal answers 404 and never tells that the number is taken.
     */
    @Transactional(readOnly = true)
    public Optional<Request> ownedBy(String referenceNumber, UUID beneficiaryId) {
        return owned(referenceNumber, beneficiaryId).map(Casework::loaded);
    }

    /**
     * A service request the beneficiary submits themselves on the website, for a public, active service, with an
     * optional first document; all of it is stored, or nothing. The history names {@link Request#BENEFICIARY} as
     * who submitted it.
     */
    public Request submitByBeneficiary(UUID beneficiaryId, BeneficiaryRequest draft, UploadedFile firstDocument) {
        NewRequest intake = new NewRequest(beneficiaryId, RequestKind.SERVICE, Channel.WEBSITE, draft.serviceCode(),
                draft.subject(), draft.description(), null, null, null, null, null);
        Optional<ServiceOffering> service = checkedService(intake).filter(ServiceOffering::isPublicService);
        Instant now = time.instant();
        Request request = Request.submit(checkedIntake(intake, service), referenceNumbers.next(now),
                promisedDuration(RequestKind.SERVICE, service), now, clock, Request.BENEFICIARY);
        requests.save(request);
        String inquiry = request.getDescription() == null ? request.getSubject() : request.getDescription();
        interactions.save(new Interaction(beneficiaryId, request.getId(), InteractionType.WEB_FORM, Channel.WEBSITE,
                Direction.INBOUND, inquiry, false, Request.BENEFICIARY, now));
        if (firstDocument != null) {
            attachments.store(request, firstDocument.fileName(), firstDocument.content(), Request.BENEFICIARY);
        }
        return loaded(request);
    }

    /**
     * The documents the association asked for: stored with the request, which then returns to {@code IN_PROGRESS}
     * with its clock running again. Only a request awaiting the beneficiary takes them; a refused file keeps the
     * request waiting and stores none of the files.
     */
    public List<Attachment> uploadByBeneficiary(String referenceNumber, UUID beneficiaryId, List<UploadedFile> files) {
        Request request = ownedOrNotFound(referenceNumber, beneficiaryId);
        if (files.isEmpty()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "attachment.required")));
        }
        if (files.size() > MAX_FILES_AT_ONCE) {
            throw new InvalidFieldsException(List.of(new FieldProblem("file", "request.documents.tooMany")));
        }
        request.documentsReceivedFromBeneficiary(time.instant(), clock);
        List<Attachment> stored = files.stream()
                .map(file -> attachments.store(request, file.fileName(), file.content(), Request.BENEFICIARY))
                .toList();
        requests.save(request);
        return stored;
    }

    /** The beneficiary's message to the officer, on the request's timeline for staff to read; open requests only. */
    public Interaction replyByBeneficiary(String referenceNumber, UUID beneficiaryId, String message) {
        Request request = ownedOrNotFound(referenceNumber, beneficiaryId);
        if (request.getStatus().isClosed()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("message", "request.reply.closed")));
        }
        Interaction reply = interactions.save(Interaction.fromBeneficiary(request, message, time.instant()));
        request.repliedByBeneficiary(reply.getOccurredAt());
        requests.save(request);
        return reply;
    }

    /** The beneficiary withdraws their own open request, with a reason. */
    public Request cancelByBeneficiary(String referenceNumber, UUID beneficiaryId, String reason) {
        Request request = ownedOrNotFound(referenceNumber, beneficiaryId);
        request.cancelByBeneficiary(reason, time.instant(), clock);
        return loaded(requests.save(request));
    }

    /** The documents of the beneficiary's own request, oldest first. */
    @Transactional(readOnly = true)
    public List<Attachment> documentsOf(String referenceNumber, UUID beneficiaryId) {
        return attachments.listOf(ownedOrNotFound(referenceNumber, beneficiaryId));
    }

    /** One document of the beneficiary's own request; another request's or another beneficiary's is not found. */
    @Transactional(readOnly = true)
    public AttachmentDownload documentOf(String referenceNumber, UUID beneficiaryId, UUID attachmentId) {
        return attachments.open(ownedOrNotFound(referenceNumber, beneficiaryId), attachmentId);
    }

    /**
     * What the beneficiary may read of their request's story, newest first: its submission, status changes with the
     * reason given to them, new expected dates, and the messages exchanged with them. Assignments, SLA marks,
     * escalations, internal notes and who on the staff did what stay out.
     */
    @Transactional(readOnly = true)
    public List<PublicUpdate> publicTimelineOf(Request request) {
        Stream<PublicUpdate> messages = interactions.findTop50ByRequestIdAndInternalFalseOrderByOccurredAtDescIdDesc(
                request.getId()).stream().map(Casework::publicUpdateOf);
        Stream<PublicUpdate> steps = request.getHistory().stream().map(Casework::publicUpdateOf)
                .flatMap(Optional::stream);
        return Stream.concat(messages, steps).sorted(Comparator.comparing(PublicUpdate::at).reversed()).toList();
    }

    private static PublicUpdate publicUpdateOf(Interaction contact) {
        boolean fromBeneficiary = contact.getDirection() == Direction.INBOUND;
        return new PublicUpdate(contact.getOccurredAt(), fromBeneficiary ? PublicUpdate.Type.MESSAGE_FROM_BENEFICIARY
                : PublicUpdate.Type.MESSAGE_TO_BENEFICIARY, null, contact.getSummary());
    }

    private static Optional<PublicUpdate> publicUpdateOf(RequestHistoryEntry step) {
        return Optional.ofNullable(switch (step.getAction()) {
            case SUBMITTED -> new PublicUpdate(step.getOccurredAt(), PublicUpdate.Type.SUBMITTED, step.getToStatus(), null);
            case STATUS_CHANGED -> new PublicUpdate(step.getOccurredAt(), PublicUpdate.Type.STATUS_CHANGED,
                    step.getToStatus(), step.getDetail());
            // A manager's reason for reopening is an internal judgement; the beneficiary learns that work resumed.
            case REOPENED -> new PublicUpdate(step.getOccurredAt(), PublicUpdate.Type.STATUS_CHANGED,
                    step.getToStatus(), null);
            case DUE_TIME_CHANGED -> new PublicUpdate(step.getOccurredAt(), PublicUpdate.Type.DUE_TIME_CHANGED, null,
                    step.getDetail());
            case ASSIGNED, AT_RISK, BREACHED, ESCALATED -> null;
        });
    }

    private Optional<Request> owned(String referenceNumber, UUID beneficiaryId) {
        return requests.findByReferenceNumber(referenceNumber)
                .filter(request -> beneficiaryId != null && beneficiaryId.equals(request.getBeneficiaryId()));
    }

    private Request ownedOrNotFound(String referenceNumber, UUID beneficiaryId) {
        return owned(referenceNumber, beneficiaryId)
                .orElseThrow(() -> new RecordNotFoundException("request", referenceNumber));
    }

    /** The caseworker acting now, with their department and roles as the staff module knows them. */
    @Transactional(readOnly = true)
    public Caseworker caseworker(String username) {
        StaffUser user = staff.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("staff user", username));
        return new Caseworker(user.getUsername(), user.getDepartmentId(), user.getRoles());
    }

    public SlaClock clock() {
        return clock;
    }

    Request visible(String referenceNumber, Caseworker caseworker) {
        return requests.findByReferenceNumber(referenceNumber)
                .filter(caseworker::maySee)
                .orElseThrow(() -> new RecordNotFoundException("request", referenceNumber));
    }

    /** Loads the history while the transaction is open: pages and the API show it after it has closed. */
    private static Request loaded(Request request) {
        request.getHistory();
        return request;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
