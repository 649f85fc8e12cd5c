package sa.silah.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One message to one recipient on one channel, kept from its creation to its delivery report. It is made
 * in the transaction that handles the event, sent after that commits, and retried with {@link Backoff}
 * until it is sent or has failed; a sent message is never picked up again.
 */
@Entity
@Table(name = "notification")
public class Notification {

    private static final int MAX_ERROR = 1000;

    @Id
    private UUID id;

    private String dedupKey;

    private UUID requestId;

    private String requestRef;

    private String staffUsername;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;

    @Enumerated(EnumType.STRING)
    private TemplateKey templateKey;

    private String language;

    private String subject;

    private String body;

    private String providerTemplate;

    private String parameters;

    @Enumerated(EnumType.STRING)
    private MessageStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant createdAt;

    private Instant sentAt;

    private Instant deliveredAt;

    private Instant readAt;

    private String providerMessageId;

    private String lastError;

    /** When a sender claimed it for the attempt under way; cleared once the attempt's outcome is recorded. */
    private Instant claimedAt;

    @Version
    private long version;

    protected Notification() {
    }

    /** Who gets it and about what: the request, the event's key, and the staff account if it is for staff. */
    record Addressee(String dedupKey, UUID requestId, String requestRef, String staffUsername, String recipient,
            NotificationChannel channel, String language) {
    }

    /** The rendered texts; for WhatsApp also the approved template's name and its body parameters (JSON). */
    record Content(TemplateKey key, String subject, String body, String providerTemplate, String parameters) {
    }

    /**
     * A message to send. Texts to phones created in quiet hours wait until the morning, except one-time
     * codes, which a person is waiting for now. In-app messages are delivered by being stored.
     */
    static Notification create(Addressee to, Content content, Instant now) {
        Notification message = new Notification();
        message.id = UUID.randomUUID();
        message.dedupKey = to.dedupKey();
        message.requestId = to.requestId();
        message.requestRef = to.requestRef();
        message.staffUsername = to.staffUsername();
        message.recipient = to.recipient();
        message.channel = to.channel();
        message.language = to.language();
        message.templateKey = content.key();
        message.subject = content.subject();
        message.body = content.body();
        message.providerTemplate = content.providerTemplate();
        message.parameters = content.parameters();
        message.createdAt = now;
        message.attempts = 0;
        if (to.channel() == NotificationChannel.IN_APP) {
            message.status = MessageStatus.SENT;
            message.sentAt = now;
            message.nextAttemptAt = now;
        }
        else {
            message.status = MessageStatus.PENDING;
            message.nextAttemptAt = message.keepsQuietHours() ? QuietHours.nextAllowed(now) : now;
        }
        return message;
    }

    boolean keepsQuietHours() {
        return channel.keepsQuietHours() && templateKey != TemplateKey.ONE_TIME_CODE;
    }

    void sent(String providerId, Instant now) {
        attempts++;
        claimedAt = null;
        status = MessageStatus.SENT;
        sentAt = now;
        providerMessageId = providerId;
        lastError = null;
    }

    /** A failed attempt: retried after the backoff, or failed for good when none is left or retrying is futile. */
    void attemptFailed(String error, boolean permanent, Instant now) {
        attempts++;
        claimedAt = null;
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        Optional<Duration> wait = permanent ? Optional.empty() : Backoff.after(attempts);
        if (wait.isPresent()) {
            Instant next = now.plus(wait.get());
            nextAttemptAt = keepsQuietHours() ? QuietHours.nextAllowed(next) : next;
        }
        else {
            status = MessageStatus.FAILED;
        }
    }

    /** What the provider reports later (WhatsApp: sent, delivered, read, failed). */
    void reported(DeliveryReport report) {
        switch (report.status()) {
            case DELIVERED -> deliveredAt = deliveredAt == null ? report.at() : deliveredAt;
            case READ -> {
                deliveredAt = deliveredAt == null ? report.at() : deliveredAt;
                readAt = readAt == null ? report.at() : readAt;
            }
            case FAILED -> {
                status = MessageStatus.FAILED;
                lastError = report.error() == null ? "failed" : report.error().length() > MAX_ERROR
                        ? report.error().substring(0, MAX_ERROR) : report.error();
            }
            case SENT -> sentAt = sentAt == null ? report.at() : sentAt;
        }
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public String getRequestRef() {
        return requestRef;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public TemplateKey getTemplateKey() {
        return templateKey;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getProviderTemplate() {
        return providerTemplate;
    }

    public String getParameters() {
        return parameters;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public String getLastError() {
        return lastError;
    }
}
