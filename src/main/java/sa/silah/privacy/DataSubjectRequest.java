package sa.silah.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.shared.Channel;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PersonalIdentifiers;

/**
 * A beneficiary's request under the PDPL to be informed, to access, for a copy, to correct or to destroy their data.
 * It holds its own rules: identity is verified before anything is answered, it is due 30 calendar days after it was
 * received, that may be extended once by 30 days with a reason and only before the due date, and it ends completed
 * or refused.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    /** The PDPL's time to answer, in calendar days, and its one extension. */
    public static final int DAYS_TO_ANSWER = 30;
    public static final int EXTENSION_DAYS = 30;

    static final int DETAILS_LENGTH = 2000;
    static final int NOTE_LENGTH = 300;
    static final int REASON_LENGTH = 1000;
    static final int RESPONSE_LENGTH = 4000;

    @Id
    private UUID id;

    private String reference;

    private int hijriYear;

    private long sequenceNumber;

    private UUID beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_right")
    private DataSubjectRight requestedRight;

    private String details;

    @Enumerated(EnumType.STRING)
    private OpenedVia openedVia;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String openedBy;

    private Instant receivedAt;

    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private IdentityVerification verificationMethod;

    private String verificationNote;

    private String verifiedBy;

    private Instant verifiedAt;

    private String extensionReason;

    private String extendedBy;

    private Instant extendedAt;

    private Instant extensionNotifiedAt;

    @Enumerated(EnumType.STRING)
    private DataSubjectRequestStatus status;

    private String response;

    @Enumerated(EnumType.STRING)
    private RefusalReason refusalReason;

    private String refusalNote;

    private String closedBy;

    private Instant closedAt;

    @Version
    private long version;

    protected DataSubjectRequest() {
    }

    private DataSubjectRequest(DataSubjectReference reference, UUID beneficiaryId, DataSubjectRight right,
            String details, OpenedVia openedVia, Channel channel, String actor, Instant receivedAt) {
        if (right == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("right", "dataSubjectRequest.right.required")));
        }
        this.id = UUID.randomUUID();
        this.reference = reference.toString();
        this.hijriYear = reference.hijriYear();
        this.sequenceNumber = reference.sequence();
        this.beneficiaryId = beneficiaryId;
        this.requestedRight = right;
        this.details = optional(details, DETAILS_LENGTH, "details", "dataSubjectRequest.details.tooLong");
        this.openedVia = openedVia;
        this.channel = channel;
        this.openedBy = actor;
        this.receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
        this.dueAt = calendarDaysAfter(this.receivedAt, DAYS_TO_ANSWER);
        this.status = DataSubjectRequestStatus.RECEIVED;
    }

    /** Opened by an officer for the beneficiary, on the channel the beneficiary used; identity is verified next. */
    static DataSubjectRequest openedByOfficer(DataSubjectReference reference, UUID beneficiaryId,
            DataSubjectRight right, String details, Channel channel, String officer, Instant now) {
        if (channel == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("channel", "dataSubjectRequest.channel.required")));
        }
        return new DataSubjectRequest(reference, beneficiaryId, right, details, OpenedVia.OFFICER, channel, officer, now);
    }

    /** Opened by the beneficiary signed in to the portal: the sign-in with a one-time code verified who they are. */
    static DataSubjectRequest openedOnPortal(DataSubjectReference reference, UUID beneficiaryId,
            DataSubjectRight right, String details, String portalUser, Instant now) {
        DataSubjectRequest request = new DataSubjectRequest(reference, beneficiaryId, right, details,
                OpenedVia.PORTAL, Channel.WEBSITE, portalUser, now);
        request.verified(IdentityVerification.PORTAL_SIGN_IN, null, portalUser, now);
        return request;
    }

    /** Records how the officer verified who is asking; the request is then worked on. */
    void verifyIdentity(IdentityVerification method, String note, String officer, Instant now) {
        if (status != DataSubjectRequestStatus.RECEIVED) {
            throw new DataSubjectRequestStateException("dataSubjectRequest.verify.notReceived");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (method == null || method == IdentityVerification.PORTAL_SIGN_IN) {
            problems.add(new FieldProblem("method", "dataSubjectRequest.verification.method.required"));
        }
        String stated = blankToNull(note);
        if (method == IdentityVerification.OTHER_DOCUMENT && stated == null) {
            problems.add(new FieldProblem("verificationNote", "dataSubjectRequest.verification.note.required"));
        }
        if (stated != null && stated.length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("verificationNote", "dataSubjectRequest.verification.note.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        verified(method, stated, officer, now);
    }

    private void verified(IdentityVerification method, String note, String actor, Instant now) {
        verificationMethod = method;
        verificationNote = note;
        verifiedBy = actor;
        verifiedAt = now.truncatedTo(ChronoUnit.MICROS);
        status = DataSubjectRequestStatus.IN_PROGRESS;
    }

    /**
     * Moves the due date 30 calendar days on, once, with the reason the beneficiary will be told; only while the
     * request is open and not yet due, since the PDPL allows the extension within the first period.
     */
    void extend(String reason, String officer, Instant now) {
        if (!status.isOpen()) {
            throw new DataSubjectRequestStateException("dataSubjectRequest.closed");
        }
        if (isExtended()) {
            throw new DataSubjectRequestStateException("dataSubjectRequest.extend.once");
        }
        if (now.isAfter(dueAt)) {
            throw new DataSubjectRequestStateException("dataSubjectRequest.extend.afterDue");
        }
        String stated = required(reason, REASON_LENGTH, "extensionReason", "dataSubjectRequest.extension.reason");
        extensionReason = stated;
        extendedBy = officer;
        extendedAt = now.truncatedTo(ChronoUnit.MICROS);
        dueAt = calendarDaysAfter(dueAt, EXTENSION_DAYS);
    }

    /** The beneficiary was sent the notice of the extension at this time. */
    void extensionNotified(Instant at) {
        if (isExtended() && extensionNotifiedAt == null) {
            extensionNotifiedAt = at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** Answers the request; a response is required where the right asks the officer to write one. */
    void complete(String answer, String officer, Instant now) {
        if (status != DataSubjectRequestStatus.IN_PROGRESS) {
            throw new DataSubjectRequestStateException(status == DataSubjectRequestStatus.RECEIVED
                    ? "dataSubjectRequest.complete.notVerified" : "dataSubjectRequest.closed");
        }
        response = requestedRight.needsWrittenResponse()
                ? required(answer, RESPONSE_LENGTH, "response", "dataSubjectRequest.response")
                : optional(answer, RESPONSE_LENGTH, "response", "dataSubjectRequest.response.tooLong");
        close(DataSubjectRequestStatus.COMPLETED, officer, now);
    }

    /** Refuses the request with its reason; a note is required for a reason other than the named ones. */
    void refuse(RefusalReason reason, String note, String officer, Instant now) {
        if (!status.isOpen()) {
            throw new DataSubjectRequestStateException("dataSubjectRequest.closed");
        }
        if (reason == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("refusalReason", "dataSubjectRequest.refusal.reason.required")));
        }
        refusalNote = reason == RefusalReason.OTHER
                ? required(note, REASON_LENGTH, "refusalNote", "dataSubjectRequest.refusal.note")
                : optional(note, REASON_LENGTH, "refusalNote", "dataSubjectRequest.refusal.note.tooLong");
        refusalReason = reason;
        close(DataSubjectRequestStatus.REFUSED, officer, now);
    }

    private void close(DataSubjectRequestStatus outcome, String officer, Instant now) {
        status = outcome;
        closedBy = officer;
        closedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Blanks what the beneficiary and the officers wrote about the person when the person is erased. */
    void forget(PersonalIdentifiers person) {
        details = details == null ? null : PersonalIdentifiers.ERASED;
        verificationNote = person.blank(verificationNote);
        response = person.blank(response);
        refusalNote = person.blank(refusalNote);
        extensionReason = person.blank(extensionReason);
    }

    /**
     * The clock at a moment: calendar days left until the due date in Riyadh, overdue once the due time has
     * passed. A closed request's clock stopped when it closed, so it says whether it was answered in time.
     */
    public DataSubjectClock clock(Instant now) {
        Instant until = status.isOpen() ? now : closedAt;
        LocalDate today = until.atZone(Dates.RIYADH).toLocalDate();
        LocalDate due = dueAt.atZone(Dates.RIYADH).toLocalDate();
        return new DataSubjectClock(dueAt, ChronoUnit.DAYS.between(today, due), until.isAfter(dueAt), isExtended(),
                !status.isOpen());
    }

    /** Whether the one extension may be used now. */
    public boolean mayExtend(Instant now) {
        return status.isOpen() && !isExtended() && !now.isAfter(dueAt);
    }

    public boolean isExtended() {
        return extendedAt != null;
    }

    private static Instant calendarDaysAfter(Instant start, int days) {
        return start.atZone(Dates.RIYADH).plusDays(days).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String required(String text, int length, String field, String keyPrefix) {
        String stated = blankToNull(text);
        if (stated == null) {
            throw new InvalidFieldsException(List.of(new FieldProblem(field, keyPrefix + ".required")));
        }
        if (stated.length() > length) {
            throw new InvalidFieldsException(List.of(new FieldProblem(field, keyPrefix + ".tooLong")));
        }
        return stated;
    }

    private static String optional(String text, int length, String field, String tooLongKey) {
        String stated = blankToNull(text);
        if (stated != null && stated.length() > length) {
            throw new InvalidFieldsException(List.of(new FieldProblem(field, tooLongKey)));
        }
        return stated;
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public DataSubjectRight getRight() {
        return requestedRight;
    }

    public String getDetails() {
        return details;
    }

    public OpenedVia getOpenedVia() {
        return openedVia;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public IdentityVerification getVerificationMethod() {
        return verificationMethod;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getExtendedBy() {
        return extendedBy;
    }

    public Instant getExtendedAt() {
        return extendedAt;
    }

    public Instant getExtensionNotifiedAt() {
        return extensionNotifiedAt;
    }

    public DataSubjectRequestStatus getStatus() {
        return status;
    }

    public String getResponse() {
        return response;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public String getRefusalNote() {
        return refusalNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
