package sa.silah.casework;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.beneficiary.SaudiMobile;
import sa.silah.shared.ArabicText;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * One contact on the timeline: a call, a visit, a letter, a message, an email or a note, recorded against
 * the beneficiary and, where it belongs, one of their requests. Internal notes are for staff only and are
 * never shown to the beneficiary.
 *
 * <p>A social media message names its platform, and may carry the sender's handle and a link to it; a message a
 * platform delivered itself carries the platform's id for it, unique, so that a redelivery is recognised. A call may
 * carry the number, its duration and its outcome.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID beneficiaryId;

    private UUID requestId;

    @Enumerated(EnumType.STRING)
    private InteractionType type;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    private String summary;

    private boolean internal;

    private String actor;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SocialPlatform platform;

    private String handle;

    private String link;

    private String externalId;

    private String phoneNumber;

    private Integer durationSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_outcome")
    private CallOutcome outcome;

    static final int MAX_SUMMARY = 4000;
    static final int MAX_HANDLE = 100;
    static final int MAX_LINK = 500;
    static final int MAX_CALL_SECONDS = 24 * 60 * 60;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Zs}\\p{Pd}()]");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9]{3,15}");

    protected Interaction() {
    }

    Interaction(UUID beneficiaryId, UUID requestId, InteractionType type, Channel channel, Direction direction,
            String summary, boolean internal, String actor, Instant occurredAt) {
        this.beneficiaryId = beneficiaryId;
        this.requestId = requestId;
        this.type = type;
        this.channel = channel;
        this.direction = direction;
        this.summary = summary;
        this.internal = internal;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    /**
     * A contact a member of staff records, checked as a whole: every problem is reported at once, each on its field.
     *
     * @throws InvalidFieldsException naming each offending field
     */
    static Interaction recorded(NewInteraction contact, UUID beneficiaryId, UUID requestId, String actor,
            Instant at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (contact.direction() == null) {
            problems.add(new FieldProblem("direction", "interaction.direction.required"));
        }
        if (contact.channel() == null && contact.type() == null) {
            problems.add(new FieldProblem("channel", "request.channel.required"));
        }
        InteractionType type = contact.type() != null ? contact.type()
                : contact.channel() == null ? null : InteractionType.usualFor(contact.channel());
        String summary = blankToNull(contact.summary());
        boolean callWithOutcome = type == InteractionType.CALL && contact.outcome() != null;
        if ((summary == null && !callWithOutcome) || (summary != null && summary.length() > MAX_SUMMARY)) {
            problems.add(new FieldProblem("summary", "interaction.summary.required"));
        }
        boolean social = contact.channel() == Channel.SOCIAL_MEDIA || type == InteractionType.SOCIAL_MEDIA_MESSAGE;
        String handle = blankToNull(contact.handle());
        String link = blankToNull(contact.link());
        checkSocial(social, contact.platform(), handle, link, problems);
        String phoneNumber = checkCall(type == InteractionType.CALL, contact, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Interaction interaction = new Interaction(beneficiaryId, requestId, type, contact.channel(),
                contact.direction(), summary, Boolean.TRUE.equals(contact.internal()), actor, at);
        interaction.platform = contact.platform();
        interaction.handle = handle;
        interaction.link = link;
        interaction.phoneNumber = phoneNumber;
        interaction.durationSeconds = contact.durationSeconds();
        interaction.outcome = contact.outcome();
        return interaction;
    }

    /** A message a platform delivered on its own, on the timeline at the time the platform gives. */
    static Interaction received(UUID beneficiaryId, ReceivedMessage message, String actor) {
        Interaction interaction = new Interaction(beneficiaryId, null, InteractionType.SOCIAL_MEDIA_MESSAGE,
                Channel.SOCIAL_MEDIA, Direction.INBOUND, blankToNull(message.text()), false, actor,
                message.receivedAt());
        interaction.platform = message.platform();
        interaction.handle = message.handle();
        interaction.externalId = message.externalId();
        return interaction;
    }

    /**
     * A message the beneficiary writes on their request through the portal: inbound on the website, never internal,
     * recorded with the beneficiary as its actor.
     *
     * @throws InvalidFieldsException on {@code message} when it is blank or too long
     */
    static Interaction fromBeneficiary(Request request, String text, Instant at) {
        String message = blankToNull(text);
        if (message == null || message.length() > MAX_SUMMARY) {
            throw new InvalidFieldsException(List.of(new FieldProblem("message", "request.reply.required")));
        }
        return new Interaction(request.getBeneficiaryId(), request.getId(), InteractionType.WEB_FORM, Channel.WEBSITE,
                Direction.INBOUND, message, false, Request.BENEFICIARY, at);
    }

    private static void checkSocial(boolean social, SocialPlatform platform, String handle, String link,
            List<FieldProblem> problems) {
        if (social && platform == null) {
            problems.add(new FieldProblem("platform", "interaction.platform.required"));
        }
        if (!social && (platform != null || handle != null || link != null)) {
            problems.add(new FieldProblem("platform", "interaction.social.onlyForSocialMedia"));
        }
        if (handle != null && handle.length() > MAX_HANDLE) {
            problems.add(new FieldProblem("handle", "interaction.handle.tooLong"));
        }
        if (link != null && !isWebLink(link)) {
            problems.add(new FieldProblem("link", "interaction.link.invalid"));
        }
    }

    /** The call's number as stored: a Saudi mobile in E.164, any other number as dialled, digits only. */
    private static String checkCall(boolean call, NewInteraction contact, List<FieldProblem> problems) {
        String dialled = blankToNull(contact.phoneNumber());
        if (!call && (dialled != null || contact.durationSeconds() != null || contact.outcome() != null)) {
            problems.add(new FieldProblem("outcome", "interaction.call.onlyForCalls"));
            return null;
        }
        if (contact.durationSeconds() != null
                && (contact.durationSeconds() < 0 || contact.durationSeconds() > MAX_CALL_SECONDS)) {
            problems.add(new FieldProblem("durationSeconds", "interaction.duration.invalid"));
        }
        if (dialled == null) {
            return null;
        }
        var mobile = SaudiMobile.tryParse(dialled);
        if (mobile.isPresent()) {
            return mobile.get().e164();
        }
        String digits = SEPARATORS.matcher(ArabicText.toAsciiDigits(dialled)).replaceAll("");
        if (!PHONE_NUMBER.matcher(digits).matches()) {
            problems.add(new FieldProblem("phoneNumber", "interaction.phoneNumber.invalid"));
            return null;
        }
        return digits;
    }

    private static boolean isWebLink(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        }
        catch (URISyntaxException notALink) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The request opened from this contact; a contact belongs to one request at most. */
    void linkTo(UUID request) {
        if (requestId != null && !requestId.equals(request)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("fromInteraction", "interaction.alreadyLinked")));
        }
        this.requestId = request;
    }

    public Long getId() {
        return id;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public InteractionType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getSummary() {
        return summary;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SocialPlatform getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public String getLink() {
        return link;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    /** Whether an officer may open a request from this contact: a beneficiary's own message, not yet in one. */
    public boolean mayOpenRequest() {
        return beneficiaryId != null && requestId == null && direction == Direction.INBOUND && !internal
                && channel == Channel.SOCIAL_MEDIA;
    }
}
