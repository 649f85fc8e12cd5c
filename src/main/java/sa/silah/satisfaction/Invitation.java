package sa.silah.satisfaction;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation to answer one survey through the link {@code /s/<token>}, without signing in. It can be answered
 * once, until it expires; if unanswered it is recalled once.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @Id
    private UUID id;

    private String token;

    private Long surveyId;

    @Enumerated(EnumType.STRING)
    private InvitationPurpose purpose;

    private UUID requestId;

    private String requestRef;

    /** The request again for an invitation sent at closure, where a unique key keeps it to one per request. */
    private UUID closureRequestId;

    private Long interactionId;

    /** The activity an invitation after attending asks about, and the registration, one invitation each. */
    private UUID activityId;

    private UUID activityRegistrationId;

    private UUID beneficiaryId;

    private String language;

    @Embedded
    private Breakdown breakdown;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_invitation_segment", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "segment_id")
    private Set<Long> segmentIds = new HashSet<>();

    private Instant createdAt;

    private Instant expiresAt;

    private Instant remindedAt;

    private Instant answeredAt;

    @Version
    private long version;

    protected Invitation() {
    }

    /** Who is asked and about what. */
    record Subject(InvitationPurpose purpose, UUID requestId, String requestRef, Long interactionId,
            UUID beneficiaryId, String language, Breakdown breakdown, Set<Long> segmentIds) {
    }

    static Invitation issue(Survey survey, Subject subject, Instant now, Duration validity) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.token = newToken();
        invitation.surveyId = survey.getId();
        invitation.purpose = subject.purpose();
        invitation.requestId = subject.requestId();
        invitation.requestRef = subject.requestRef();
        invitation.closureRequestId = subject.purpose() == InvitationPurpose.REQUEST_CLOSED ? subject.requestId() : null;
        invitation.interactionId = subject.interactionId();
        invitation.beneficiaryId = subject.beneficiaryId();
        invitation.language = subject.language();
        invitation.breakdown = subject.breakdown();
        invitation.segmentIds.addAll(subject.segmentIds());
        invitation.createdAt = now;
        invitation.expiresAt = now.plus(validity);
        return invitation;
    }

    /** Names the activity attended and the registration that attended it, for an invitation after an activity. */
    void about(UUID activityId, UUID activityRegistrationId) {
        this.activityId = activityId;
        this.activityRegistrationId = activityRegistrationId;
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why the link cannot be answered now, or empty when it can. */
    public Optional<Closed> closedAt(Instant now) {
        if (answeredAt != null) {
            return java.util.Optional.of(Closed.ANSWERED);
        }
        if (!now.isBefore(expiresAt)) {
            return java.util.Optional.of(Closed.EXPIRED);
        }
        return java.util.Optional.empty();
    }

    /** Why an invitation no longer takes answers. */
    public enum Closed {
        ANSWERED, EXPIRED
    }

    void answered(Instant now) {
        closedAt(now).ifPresent(closed -> {
            throw new InvitationClosedException(closed);
        });
        answeredAt = now;
    }

    /** Whether the one reminder is due: unanswered, not yet recalled, sent long enough ago and still open. */
    boolean needsReminder(Instant now, Duration after) {
        return answeredAt == null && remindedAt == null && !createdAt.plus(after).isAfter(now) && now.isBefore(expiresAt);
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public InvitationPurpose getPurpose() {
        return purpose;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getRequestRef() {
        return requestRef;
    }

    public Long getInteractionId() {
        return interactionId;
    }

    public UUID getActivityId() {
        return activityId;
    }

    public UUID getActivityRegistrationId() {
        return activityRegistrationId;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getLanguage() {
        return language;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public Set<Long> getSegmentIds() {
        return Set.copyOf(segmentIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
