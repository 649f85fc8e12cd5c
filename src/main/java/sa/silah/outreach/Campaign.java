package sa.silah.outreach;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A campaign: who it is for (an {@link AudienceFilter}), what it says on each channel and in each language, and where
 * it stands. Its status changes only through the methods below, each refusing a move its status does not allow. Its
 * recipients are queued when it starts, with the counts of those left out.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    static final int MAX_NAME = 200;
    static final int MAX_PURPOSE = 1000;

    @Id
    private UUID id;

    private String name;

    private String purposeNote;

    private String audienceFilter;

    private UUID activityId;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private Instant scheduledAt;

    private Instant startedAt;

    private Instant finishedAt;

    private int recipientCount;

    private int excludedNoConsent;

    private int excludedOptedOut;

    private int excludedUnreachable;

    private String createdBy;

    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "campaign_message", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<CampaignMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    /** A draft, or every problem of the draft at once. */
    static Campaign draft(CampaignDraft draft, String actor, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = draft.name() == null ? null : draft.name().strip();
        if (name == null || name.isEmpty()) {
            problems.add(new FieldProblem("name", "outreach.campaign.nameRequired"));
        }
        else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "outreach.campaign.nameTooLong"));
        }
        String purpose = draft.purposeNote() == null || draft.purposeNote().isBlank() ? null : draft.purposeNote().strip();
        if (purpose != null && purpose.length() > MAX_PURPOSE) {
            problems.add(new FieldProblem("purposeNote", "outreach.campaign.purposeTooLong"));
        }
        checkMessages(draft.messages(), problems);
        try {
            draft.audience().check();
        }
        catch (InvalidFieldsException invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = name;
        campaign.purposeNote = purpose;
        campaign.audienceFilter = draft.audience().toJson();
        campaign.activityId = draft.activityId();
        campaign.status = CampaignStatus.DRAFT;
        campaign.createdBy = actor;
        campaign.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        campaign.messages = new ArrayList<>(draft.messages().stream().filter(m -> m.getBody() != null
                || m.getSubject() != null || m.getWhatsappTemplate() != null).toList());
        return campaign;
    }

    /**
     * At least one message; each channel written in Arabic (English is optional, for those who chose it); each message
     * complete. Messages left wholly empty are no messages.
     */
    private static void checkMessages(List<CampaignMessage> messages, List<FieldProblem> problems) {
        List<CampaignMessage> written = messages.stream().filter(m -> m.getBody() != null || m.getSubject() != null
                || m.getWhatsappTemplate() != null).toList();
        if (written.isEmpty()) {
            problems.add(new FieldProblem("smsAr", "outreach.campaign.messageRequired"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (CampaignMessage message : written) {
            if (!seen.add(message.getChannel() + "/" + message.getLanguage())) {
                problems.add(new FieldProblem(CampaignMessage.field(message.getChannel(), message.getLanguage(), "body"),
                        "outreach.message.duplicate"));
            }
            message.check(problems);
            if (message.getLanguage().equals("en") && written.stream().noneMatch(other ->
                    other.getChannel() == message.getChannel() && other.getLanguage().equals("ar"))) {
                problems.add(new FieldProblem(CampaignMessage.field(message.getChannel(), "ar", "body"),
                        "outreach.message.arabicRequired"));
            }
        }
    }

    /** Sets the time to start; only a draft or a scheduled campaign, and only for a time to come. */
    void schedule(Instant at, Instant now) {
        require(status == CampaignStatus.DRAFT || status == CampaignStatus.SCHEDULED, "be scheduled");
        if (at == null || !at.isAfter(now)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("scheduledAt", "outreach.campaign.scheduleFuture")));
        }
        scheduledAt = at.truncatedTo(ChronoUnit.MICROS);
        status = CampaignStatus.SCHEDULED;
    }

    /** Starts with the recipients just queued and the count of those left out. */
    void start(AudienceCount count, Instant now) {
        require(status == CampaignStatus.DRAFT || status == CampaignStatus.SCHEDULED, "start");
        status = CampaignStatus.RUNNING;
        startedAt = now.truncatedTo(ChronoUnit.MICROS);
        recipientCount = Math.toIntExact(count.reachable());
        excludedNoConsent = Math.toIntExact(count.withoutConsent());
        excludedOptedOut = Math.toIntExact(count.optedOutOfChannel());
        excludedUnreachable = Math.toIntExact(count.unreachable());
    }

    /** The recipients actually queued: the registry may have changed between the count and the insert. */
    void queued(int recipients) {
        recipientCount = recipients;
    }

    void pause() {
        require(status == CampaignStatus.RUNNING, "pause");
        status = CampaignStatus.PAUSED;
    }

    void resume() {
        require(status == CampaignStatus.PAUSED, "resume");
        status = CampaignStatus.RUNNING;
    }

    void cancel(Instant now) {
        require(!status.isOver(), "be cancelled");
        status = CampaignStatus.CANCELLED;
        finishedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Every recipient released or skipped. */
    void complete(Instant now) {
        require(status == CampaignStatus.RUNNING, "complete");
        status = CampaignStatus.COMPLETED;
        finishedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new CampaignStateException(status, action);
        }
    }

    /** The channels the campaign has a message for. */
    public Set<ContactChannel> channels() {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        messages.forEach(message -> channels.add(message.getChannel()));
        return channels;
    }

    /** The languages the campaign is written in on a channel. */
    Set<String> languagesOn(ContactChannel channel) {
        Set<String> languages = new HashSet<>();
        messages.stream().filter(m -> m.getChannel() == channel).forEach(m -> languages.add(m.getLanguage()));
        return languages;
    }

    /** The message for a channel and language, Arabic when there is none in that language. */
    public Optional<CampaignMessage> message(ContactChannel channel, String language) {
        return messages.stream().filter(m -> m.getChannel() == channel && m.getLanguage().equals(language)).findFirst()
                .or(() -> messages.stream().filter(m -> m.getChannel() == channel && m.getLanguage().equals("ar"))
                        .findFirst());
    }

    public AudienceFilter audience() {
        return AudienceFilter.fromJson(audienceFilter);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    /** The activity the campaign is about, when it is about one (kept, not checked: activities are their own module). */
    public UUID getActivityId() {
        return activityId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getRecipientCount() {
        return recipientCount;
    }

    public int getExcludedNoConsent() {
        return excludedNoConsent;
    }

    public int getExcludedOptedOut() {
        return excludedOptedOut;
    }

    public int getExcludedUnreachable() {
        return excludedUnreachable;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CampaignMessage> getMessages() {
        return List.copyOf(messages);
    }

    /** The stored collection itself, for loading it before the transaction ends. */
    List<CampaignMessage> messages() {
        return messages;
    }
}
