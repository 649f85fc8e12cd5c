package sa.silah.satisfaction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.activity.ActivityCatalog;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.Segment;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.Request;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.SatisfactionEvents.InvitationIssued;
import sa.silah.sla.BusinessCalendar;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * Asking beneficiaries for their opinion and taking their answers: the invitation every resolved or rejected
 * request gets, the one-question rating an officer sends after a call or a visit, the invitation after attending an
 * activity, the one reminder, and the answer given through the link.
 */
@Service
@Transactional
public class Satisfaction {

    private static final String DEFAULT_LANGUAGE = "ar";
    private static final int REMINDER_BATCH = 200;

    private final Invitations invitations;
    private final SurveyResponses responses;
    private final SurveyCatalog catalog;
    private final ServiceRecovery recovery;
    private final Casework casework;
    private final ActivityCatalog activityCatalog;
    private final ServiceCatalog services;
    private final BeneficiaryRegistry registry;
    private final StaffManagement staff;
    private final BusinessCalendar calendar;
    private final SatisfactionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Satisfaction(Invitations invitations, SurveyResponses responses, SurveyCatalog catalog, ServiceRecovery recovery,
            Casework casework, ActivityCatalog activityCatalog, ServiceCatalog services, BeneficiaryRegistry registry,
            StaffManagement staff, BusinessCalendar calendar, SatisfactionProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.catalog = catalog;
        this.recovery = recovery;
        this.casework = casework;
        this.activityCatalog = activityCatalog;
        this.services = services;
        this.registry = registry;
        this.staff = staff;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites the beneficiary of a request just resolved or rejected to rate the service, once per request: a
     * request closed again after reopening is not asked twice. A request nobody can be reached about (an
     * anonymous complaint without contact), or whose beneficiary withdrew from satisfaction surveys, gets no
     * invitation.
     *
     * @param closedBy who closed it, counted as the staff member when nobody is assigned
     */
    public Optional<Invitation> inviteOnClosure(UUID requestId, String closedBy) {
        if (invitations.existsByClosureRequestId(requestId)) {
            return Optional.empty();
        }
        Request request = casework.findById(requestId)
                .orElseThrow(() -> new NoSuchElementException("no request " + requestId));
        Optional<Beneficiary> beneficiary = Optional.ofNullable(request.getBeneficiaryId()).flatMap(registry::find);
        if (beneficiary.isEmpty() && request.getSubmitterMobile() == null && request.getSubmitterEmail() == null) {
            return Optional.empty();
        }
        if (beneficiary.filter(Satisfaction::withdrewFromSurveys).isPresent()) {
            return Optional.empty();
        }
        String staffMember = request.getAssignee() != null ? request.getAssignee() : closedBy;
        var breakdown = new Breakdown(request.getServiceId(), request.getDepartmentId(), request.getKind(),
                request.getChannel(), staffMember);
        var subject = new Invitation.Subject(InvitationPurpose.REQUEST_CLOSED, request.getId(),
                request.getReferenceNumber(), null, request.getBeneficiaryId(), language(beneficiary), breakdown,
                segmentIds(beneficiary));
        return Optional.of(issue(catalog.surveyFor(request.getServiceId(), request.getKind()), subject));
    }

    /**
     * Sends the one-question rating of a call or a visit to the beneficiary it was with; asking again about the
     * same contact answers the invitation already sent.
     *
     * @throws NotRateableException when the contact was not a call or a visit with a known beneficiary, or the
     *         beneficiary withdrew from satisfaction surveys
     */
    public Invitation askAboutContact(long interactionId, String officer) {
        Interaction contact = casework.findInteraction(interactionId)
                .orElseThrow(() -> new NoSuchElementException("no interaction " + interactionId));
        if (!isRateable(contact)) {
            throw NotRateableException.notACallOrVisit();
        }
        return invitations.findFirstByInteractionId(interactionId).orElseGet(() -> {
            Optional<Beneficiary> beneficiary = registry.find(contact.getBeneficiaryId());
            if (beneficiary.filter(Satisfaction::withdrewFromSurveys).isPresent()) {
                throw NotRateableException.surveysWithdrawn();
            }
            Optional<Request> request = Optional.ofNullable(contact.getRequestId()).flatMap(casework::findById);
            Long department = request.map(Request::getDepartmentId)
                    .orElseGet(() -> staff.findByUsername(officer).map(StaffUser::getDepartmentId).orElse(null));
            var breakdown = new Breakdown(request.map(Request::getServiceId).orElse(null), department,
                    request.map(Request::getKind).orElse(null), contact.getChannel(), officer);
            var subject = new Invitation.Subject(InvitationPurpose.CONTACT, contact.getRequestId(),
                    request.map(Request::getReferenceNumber).orElse(null), interactionId, contact.getBeneficiaryId(),
                    language(beneficiary), breakdown, segmentIds(beneficiary));
            return issue(catalog.current(Survey.CONTACT), subject);
        });
    }

    /** Whether an officer may ask for a rating of this contact: a call or a visit, with a known beneficiary. */
    public static boolean isRateable(Interaction contact) {
        return contact.getBeneficiaryId() != null && !contact.isInternal()
                && (contact.getType() == InteractionType.CALL || contact.getType() == InteractionType.VISIT);
    }

    /**
     * Invites an attendee of an activity to rate it, once per registration: recording the attendance again asks
     * nothing more. An attendee who withdrew from satisfaction surveys, or whose record is gone, is not asked. The
     * survey is the one assigned to the activity's linked service, else the default one.
     */
    public Optional<Invitation> inviteAfterActivity(UUID registrationId, UUID activityId, UUID beneficiaryId) {
        if (invitations.existsByActivityRegistrationId(registrationId)) {
            return Optional.empty();
        }
        Optional<Beneficiary> beneficiary = registry.find(beneficiaryId);
        if (beneficiary.isEmpty() || beneficiary.filter(Satisfaction::withdrewFromSurveys).isPresent()) {
            return Optional.empty();
        }
        Long serviceId = activityCatalog.get(activityId).getServiceId();
        Long department = serviceId == null ? null : services.get(serviceId).getDepartment().getId();
        var breakdown = new Breakdown(serviceId, department, null, null, null);
        var subject = new Invitation.Subject(InvitationPurpose.ACTIVITY, null, null, null, beneficiaryId,
                language(beneficiary), breakdown, segmentIds(beneficiary));
        return Optional.of(issue(catalog.surveyFor(serviceId, null), subject,
                invitation -> invitation.about(activityId, registrationId)));
    }

    private Invitation issue(Survey survey, Invitation.Subject subject) {
        return issue(survey, subject, invitation -> {
        });
    }

    private Invitation issue(Survey survey, Invitation.Subject subject, Consumer<Invitation> about) {
        Invitation invitation = Invitation.issue(survey, subject, clock.instant(), properties.invitationValidity());
        about.accept(invitation);
        invitations.save(invitation);
        events.publishEvent(issued(invitation, false));
        return invitation;
    }

    /** Sends the one reminder to every invitation unanswered since {@code reminderAfter}; answers how many. */
    public int remindUnanswered() {
        Instant now = clock.instant();
        List<Invitation> due = invitations.dueForReminder(now.minus(properties.reminderAfter()), now,
                PageRequest.ofSize(REMINDER_BATCH));
        for (Invitation invitation : due) {
            invitation.reminded(now);
            events.publishEvent(issued(invitation, true));
        }
        return due.size();
    }

    private static InvitationIssued issued(Invitation invitation, boolean reminder) {
        return new InvitationIssued(invitation.getId(), invitation.getToken(), invitation.getPurpose(),
                invitation.getRequestId(), invitation.getBeneficiaryId(), invitation.getLanguage(),
                invitation.getExpiresAt(), reminder, invitation.getActivityId());
    }

    /** The invitation behind a link, whatever its state. */
    @Transactional(readOnly = true)
    public Optional<Invitation> invitation(String token) {
        return token == null || token.length() > 64 ? Optional.empty() : invitations.findByToken(token);
    }

    /** The survey version an invitation asks. */
    @Transactional(readOnly = true)
    public Survey surveyOf(Invitation invitation) {
        return catalog.version(invitation.getSurveyId());
    }

    /**
     * Takes the answers to an invitation, once. A low rating given with the beneficiary's name opens a follow-up.
     *
     * @param raw the answers by question key, as typed
     * @throws InvitationClosedException when the link was answered already or has expired
     * @throws sa.silah.shared.InvalidFieldsException naming each question answered wrongly
     */
    public SurveyResponse answer(String token, Map<String, String> raw, boolean anonymous) {
        Invitation invitation = invitation(token).orElseThrow(() -> new NoSuchElementException("no invitation"));
        Instant now = clock.instant();
        invitation.closedAt(now).ifPresent(closed -> {
            throw new InvitationClosedException(closed);
        });
        Survey survey = surveyOf(invitation);
        List<Answer> answers = survey.check(raw);
        invitation.answered(now);
        SurveyResponse response = responses.save(SurveyResponse.to(invitation, survey, answers, anonymous,
                now.atZone(calendar.zone()).toLocalDate()));
        response.followUpReason().ifPresent(reason -> recovery.open(response, reason));
        return response;
    }

    /** A response by id, for the follow-up it opened: its answers beside the questions of its survey version. */
    @Transactional(readOnly = true)
    public SurveyResponse response(UUID id) {
        return responses.findById(id).orElseThrow(() -> new NoSuchElementException("no survey response " + id));
    }

    /**
     * The beneficiary's surveys still waiting for an answer, for their portal; none once they withdrew from
     * satisfaction surveys.
     */
    @Transactional(readOnly = true)
    public List<Invitation> openInvitationsOf(UUID beneficiaryId) {
        if (registry.find(beneficiaryId).filter(Satisfaction::withdrewFromSurveys).isPresent()) {
            return List.of();
        }
        return invitations.findByBeneficiaryIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(beneficiaryId,
                clock.instant());
    }

    /** The invitations sent about a request, the newest first, for its page. */
    @Transactional(readOnly = true)
    public List<Invitation> invitationsOf(UUID requestId) {
        return invitations.findByRequestIdOrderByCreatedAtDesc(requestId);
    }

    /**
     * The responses given with the beneficiary's name about a request, for its page; anonymous ones keep no link
     * to it and are never among them.
     */
    @Transactional(readOnly = true)
    public List<SurveyResponse> responsesOf(UUID requestId) {
        return responses.findByRequestId(requestId);
    }

    private static boolean withdrewFromSurveys(Beneficiary beneficiary) {
        return !beneficiary.mayProcessFor(ConsentPurpose.SATISFACTION_SURVEYS);
    }

    private static String language(Optional<Beneficiary> beneficiary) {
        return beneficiary.map(Beneficiary::getLanguage).filter(language -> !language.isBlank())
                .orElse(DEFAULT_LANGUAGE);
    }

    private static Set<Long> segmentIds(Optional<Beneficiary> beneficiary) {
        return beneficiary.map(b -> b.getSegments().stream().map(Segment::getId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
