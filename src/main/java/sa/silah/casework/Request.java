package sa.silah.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import sa.silah.casework.RequestEvents.BeneficiaryReplied;
import sa.silah.casework.RequestEvents.RequestAssigned;
import sa.silah.casework.RequestEvents.RequestAtRisk;
import sa.silah.casework.RequestEvents.RequestBreached;
import sa.silah.casework.RequestEvents.RequestDueTimeChanged;
import sa.silah.casework.RequestEvents.RequestStatusChanged;
import sa.silah.casework.RequestEvents.RequestSubmitted;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.sla.BusinessDuration;

/**
 * A request (معاملة). It keeps its own workflow: only the transitions of {@link RequestStatus} are
 * possible, each writes a history entry and registers an event; its due time is computed on the business
 * calendar, pauses while the association waits for the beneficiary, and moves by exactly the paused
 * business time.
 */
@Entity
@Table(name = "request")
public class Request extends AbstractAggregateRoot<Request> {

    /**
     * The actor the history names when the beneficiary acts through the portal. The beneficiary is not a member of
     * staff: who may act is decided by ownership (the request is theirs), not by a {@link Caseworker}'s roles.
     */
    public static final String BENEFICIARY = "beneficiary";

    static final int MAX_REASON = 1000;

    @Id
    private UUID id;

    private String referenceNumber;

    @Enumerated(EnumType.STRING)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private UUID beneficiaryId;

    private Long serviceId;

    private String subject;

    private String description;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private Long departmentId;

    private String assignee;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private Instant submittedAt;

    private String submittedBy;

    private long promisedMinutes;

    private Instant dueAt;

    private Instant atRiskAt;

    private Instant pausedSince;

    private long pausedMinutes;

    @Enumerated(EnumType.STRING)
    private SlaState slaState;

    private Instant closedAt;

    private String closingNote;

    private Long businessMinutesToClose;

    private Boolean closedWithinDueTime;

    private boolean reopened;

    private String contactWaiver;

    private String submitterName;

    private String submitterMobile;

    private String submitterEmail;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("occurredAt asc, id asc")
    private List<RequestHistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected Request() {
    }

    /** What intake knows when the request is submitted; checked by {@link Casework} before it gets here. */
    record Intake(RequestKind kind, Channel channel, UUID beneficiaryId, Long serviceId, Long departmentId,
            String subject, String description, Priority priority, String contactWaiver) {
    }

    static Request submit(Intake intake, String referenceNumber, BusinessDuration promised, Instant now,
            SlaClock clock, String actor) {
        Request request = new Request();
        request.id = UUID.randomUUID();
        request.referenceNumber = referenceNumber;
        request.kind = intake.kind();
        request.channel = intake.channel();
        request.beneficiaryId = intake.beneficiaryId();
        request.serviceId = intake.serviceId();
        request.departmentId = intake.departmentId();
        request.subject = intake.subject();
        request.description = intake.description();
        request.priority = intake.priority() == null ? Priority.NORMAL : intake.priority();
        request.contactWaiver = intake.contactWaiver();
        request.status = RequestStatus.SUBMITTED;
        request.slaState = SlaState.ON_TRACK;
        request.submittedAt = now;
        request.submittedBy = actor;
        request.promisedMinutes = promised.minutes();
        request.dueAt = clock.dueAt(now, promised);
        request.atRiskAt = clock.atRiskAt(now, promised);
        request.record(now, actor, RequestHistoryEntry.Action.SUBMITTED, null, RequestStatus.SUBMITTED, promised.toString());
        request.registerEvent(new RequestSubmitted(request.id, referenceNumber, request.kind, request.beneficiaryId,
                request.departmentId, request.dueAt, request.submittedAt));
        return request;
    }

    /**
     * Keeps who sent a request from the public site on the request itself, when no beneficiary record is theirs;
     * every part may be empty (an anonymous complaint).
     */
    void keepSubmitter(String name, String mobile, String email) {
        submitterName = name;
        submitterMobile = mobile;
        submitterEmail = email;
    }

    /**
     * Moves the request to another status, if the workflow allows it from here. Reopening a closed request
     * (to {@code IN_PROGRESS}) is for managers, once, with a reason.
     */
    public void changeStatus(RequestStatus to, String reason, Caseworker actor, Instant now, SlaClock clock) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        RequestStatus from = status;
        if (from.isClosed() && to == RequestStatus.IN_PROGRESS) {
            reopen(why, actor, now);
            return;
        }
        if (!from.next().contains(to)) {
            throw new RequestTransitionException(from, to, "request.transition.notAllowed");
        }
        if (to.needsReason() && why == null) {
            throw reasonRequired();
        }
        move(to, why, actor.username(), now, clock);
    }

    /**
     * The beneficiary sent what was asked of them: a request awaiting them returns to {@code IN_PROGRESS} and its
     * clock runs again, the due time moved by the business time it stood still. Only a request awaiting the
     * beneficiary asks for documents.
     */
    public void documentsReceivedFromBeneficiary(Instant now, SlaClock clock) {
        if (status != RequestStatus.AWAITING_BENEFICIARY) {
            throw new RequestTransitionException(status, RequestStatus.IN_PROGRESS, "request.documents.notAwaited");
        }
        move(RequestStatus.IN_PROGRESS, null, BENEFICIARY, now, clock);
    }

    /** The beneficiary withdraws their own request while it is open, saying why. */
    public void cancelByBeneficiary(String reason, Instant now, SlaClock clock) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status.isClosed()) {
            throw new RequestTransitionException(status, RequestStatus.CANCELLED, "request.transition.notAllowed");
        }
        if (why == null) {
            throw reasonRequired();
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidFieldsException(List.of(new FieldProblem("reason", "validation.tooLong")));
        }
        move(RequestStatus.CANCELLED, why, BENEFICIARY, now, clock);
    }

    /** Whether the beneficiary is the one who has to act: the association asked them for something. */
    public boolean isAwaitingBeneficiary() {
        return status == RequestStatus.AWAITING_BENEFICIARY;
    }

    private void move(RequestStatus to, String why, String actor, Instant now, SlaClock clock) {
        RequestStatus from = status;
        if (from == RequestStatus.AWAITING_BENEFICIARY) {
            resumeClock(now, clock);
        }
        if (to == RequestStatus.AWAITING_BENEFICIARY) {
            pausedSince = now;
        }
        status = to;
        if (to.isClosed()) {
            close(why, now, clock);
        }
        record(now, actor, RequestHistoryEntry.Action.STATUS_CHANGED, from, to, why);
        registerEvent(new RequestStatusChanged(id, referenceNumber, from, to, why, actor, now, submittedAt));
    }

    private void reopen(String reason, Caseworker actor, Instant now) {
        if (!actor.isManager()) {
            throw new RequestTransitionException(status, RequestStatus.IN_PROGRESS, "request.reopen.managersOnly");
        }
        if (reopened) {
            throw new RequestTransitionException(status, RequestStatus.IN_PROGRESS, "request.reopen.onlyOnce");
        }
        if (reason == null) {
            throw reasonRequired();
        }
        RequestStatus from = status;
        status = RequestStatus.IN_PROGRESS;
        reopened = true;
        closedAt = null;
        businessMinutesToClose = null;
        closedWithinDueTime = null;
        record(now, actor.username(), RequestHistoryEntry.Action.REOPENED, from, status, reason);
        registerEvent(new RequestStatusChanged(id, referenceNumber, from, status, reason, actor.username(), now,
                submittedAt));
    }

    /** The clock stood still while waiting for the beneficiary: the due time moves by that business time. */
    private void resumeClock(Instant now, SlaClock clock) {
        BusinessDuration paused = clock.between(pausedSince, now);
        pausedMinutes += paused.minutes();
        dueAt = clock.shift(dueAt, paused);
        atRiskAt = clock.shift(atRiskAt, paused);
        pausedSince = null;
    }

    private void close(String note, Instant now, SlaClock clock) {
        closedAt = now;
        closingNote = note;
        businessMinutesToClose = Math.max(0, clock.between(submittedAt, now).minutes() - pausedMinutes);
        closedWithinDueTime = !now.isAfter(dueAt);
    }

    /** The officer promised another time, with a reason (step two of the policy). */
    public void changeDueTime(Instant newDueAt, String reason, String actor, Instant now, SlaClock clock) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("reason", "request.due.reasonRequired")));
        }
        if (status.isClosed()) {
            throw new RequestTransitionException(status, status, "request.due.closed");
        }
        Instant previous = dueAt;
        dueAt = newDueAt;
        BusinessDuration promised = clock.between(submittedAt, newDueAt).minus(getPausedDuration());
        promisedMinutes = promised.minutes();
        atRiskAt = clock.shift(clock.atRiskAt(submittedAt, promised), getPausedDuration());
        slaState = newDueAt.isAfter(now) ? SlaState.ON_TRACK : slaState;
        record(now, actor, RequestHistoryEntry.Action.DUE_TIME_CHANGED, status, status, reason.strip());
        registerEvent(new RequestDueTimeChanged(id, referenceNumber, previous, dueAt, reason.strip(),
                now.equals(submittedAt)));
    }

    public void assign(String newAssignee, String actor, Instant now) {
        assignee = newAssignee == null || newAssignee.isBlank() ? null : newAssignee;
        record(now, actor, RequestHistoryEntry.Action.ASSIGNED, status, status, assignee);
        registerEvent(new RequestAssigned(id, referenceNumber, assignee, actor, now));
    }

    /** The beneficiary wrote to the officer; the request itself does not change, the officer is told. */
    void repliedByBeneficiary(Instant at) {
        registerEvent(new BeneficiaryReplied(id, referenceNumber, departmentId, at));
    }

    /** Marks the request at risk once, when its at-risk time has come; answers whether it did. */
    boolean markAtRiskIfDue(Instant now) {
        if (!isClockRunning() || slaState != SlaState.ON_TRACK || atRiskAt.isAfter(now)) {
            return false;
        }
        slaState = SlaState.AT_RISK;
        record(now, "system", RequestHistoryEntry.Action.AT_RISK, status, status, null);
        registerEvent(new RequestAtRisk(id, referenceNumber, departmentId, dueAt));
        return true;
    }

    /** Marks the request breached once, when its due time has passed; answers whether it did. */
    boolean markBreachedIfDue(Instant now) {
        if (!isClockRunning() || slaState == SlaState.BREACHED || dueAt.isAfter(now)) {
            return false;
        }
        slaState = SlaState.BREACHED;
        record(now, "system", RequestHistoryEntry.Action.BREACHED, status, status, null);
        registerEvent(new RequestBreached(id, referenceNumber, departmentId, dueAt));
        return true;
    }

    void recordEscalation(Instant now, String detail) {
        record(now, "system", RequestHistoryEntry.Action.ESCALATED, status, status, detail);
    }

    boolean isClockRunning() {
        return status.isOpen() && status != RequestStatus.AWAITING_BENEFICIARY;
    }

    /** The share of the promised business time used so far, for the SLA bar (0 to 1, more when late). */
    public double shareOfTimeUsed(Instant now, SlaClock clock) {
        if (promisedMinutes == 0) {
            return 1;
        }
        Instant end = closedAt != null ? closedAt : pausedSince != null ? pausedSince : now;
        long used = clock.between(submittedAt, end).minutes() - pausedMinutes;
        return Math.max(0, used) / (double) promisedMinutes;
    }

    private static InvalidFieldsException reasonRequired() {
        return new InvalidFieldsException(List.of(new FieldProblem("reason", "request.transition.reasonRequired")));
    }

    private void record(Instant at, String actor, RequestHistoryEntry.Action action, RequestStatus from,
            RequestStatus to, String detail) {
        history.add(new RequestHistoryEntry(at, actor, action, from, to, detail));
    }

    public UUID getId() {
        return id;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public RequestKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getAssignee() {
        return assignee;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public BusinessDuration getPromisedDuration() {
        return BusinessDuration.ofMinutes(promisedMinutes);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAtRiskAt() {
        return atRiskAt;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }

    public BusinessDuration getPausedDuration() {
        return BusinessDuration.ofMinutes(pausedMinutes);
    }

    public SlaState getSlaState() {
        return slaState;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public Long getBusinessMinutesToClose() {
        return businessMinutesToClose;
    }

    public Boolean getClosedWithinDueTime() {
        return closedWithinDueTime;
    }

    public boolean isReopened() {
        return reopened;
    }

    public String getContactWaiver() {
        return contactWaiver;
    }

    /** The name given on the public site by a sender with no beneficiary record; empty when anonymous. */
    public String getSubmitterName() {
        return submitterName;
    }

    /** The sender's mobile in E.164, for a request from the public site without a beneficiary. */
    public String getSubmitterMobile() {
        return submitterMobile;
    }

    public String getSubmitterEmail() {
        return submitterEmail;
    }

    public List<RequestHistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
