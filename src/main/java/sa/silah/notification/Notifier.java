package sa.silah.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.shared.RecordNotFoundException;

/**
 * The notification module's public face: queue a message (the one-time code of a sign-in), apply a
 * provider's delivery report, and read the messages — of a request, of the development outbox, of a staff
 * member's in-app list.
 */
@Service
@Transactional
public class Notifier {

    private final Notifications notifications;
    private final TemplateLibrary templates;
    private final Dispatcher dispatcher;
    private final NotificationProperties properties;
    private final Clock clock;

    Notifier(Notifications notifications, TemplateLibrary templates, Dispatcher dispatcher,
            NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Texts a one-time code to a mobile (E.164), at once and also in quiet hours: someone is waiting for it.
     *
     * @param language {@code ar} or {@code en}
     * @return the id of the stored message
     */
    public UUID sendOneTimeCode(String mobile, String code, String language) {
        return sendOneTimeCode(mobile, code, language, ContactChannel.SMS);
    }

    /**
     * Sends a one-time code to a mobile (E.164) by WhatsApp when the person chose it, else by SMS; email is
     * not a way to a mobile, so it means SMS too. At once, also in quiet hours.
     *
     * @param language {@code ar} or {@code en}
     * @return the id of the stored message
     */
    public UUID sendOneTimeCode(String mobile, String code, String language, ContactChannel channel) {
        NotificationChannel by = channel == ContactChannel.WHATSAPP ? NotificationChannel.WHATSAPP : NotificationChannel.SMS;
        var to = new Notification.Addressee("otp:" + UUID.randomUUID(), null, null, null, mobile, by, language);
        return queue(to, TemplateKey.ONE_TIME_CODE, Map.of("code", code))
                .orElseThrow(() -> new IllegalStateException("no ONE_TIME_CODE template for " + by)).getId();
    }

    /**
     * Stores a campaign's message in the caller's transaction, so that the campaign marks its recipient released in
     * the same commit; the same dedup key, channel and recipient again answer the message stored the first time.
     * Texts to phones made in quiet hours wait for the morning, as every message does.
     *
     * @return the id of the stored message
     */
    public UUID queueOutreach(OutreachMessage outreach, Instant now) {
        NotificationChannel channel = NotificationChannel.of(outreach.channel());
        return notifications.findFirstByDedupKeyAndChannelAndRecipient(outreach.dedupKey(), channel,
                outreach.recipient()).map(Notification::getId).orElseGet(() -> {
                    var to = new Notification.Addressee(outreach.dedupKey(), null, null, null, outreach.recipient(),
                            channel, outreach.language());
                    var content = new Notification.Content(TemplateKey.OUTREACH_MESSAGE, outreach.subject(),
                            outreach.body(), outreach.whatsappTemplate(), null);
                    Notification message = notifications.save(Notification.create(to, content, now));
                    sendAfterCommit();
                    return message.getId();
                });
    }

    /**
     * Gives up the outreach messages whose dedup key starts with this prefix and that no sender has picked up yet (a
     * cancelled campaign's); answers how many.
     */
    public int withdrawOutreach(String dedupKeyPrefix) {
        return notifications.withdraw(TemplateKey.OUTREACH_MESSAGE, dedupKeyPrefix.replace("%", "") + "%",
                "withdrawn: the campaign was cancelled");
    }

    /**
     * Stores a message unless the same event already made it for this recipient and channel, and sends it
     * after the commit; answers the new message, or empty when it existed or no template exists.
     */
    Optional<Notification> queue(Notification.Addressee to, TemplateKey key, Map<String, String> values) {
        if (notifications.existsByDedupKeyAndChannelAndRecipient(to.dedupKey(), to.channel(), to.recipient())) {
            return Optional.empty();
        }
        return templates.render(key, to.channel(), to.language(), values).map(content -> {
            Notification message = notifications.save(Notification.create(to, content, clock.instant()));
            if (message.getStatus() == MessageStatus.PENDING) {
                sendAfterCommit();
            }
            return message;
        });
    }

    private void sendAfterCommit() {
        if (properties.sendImmediately() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.dispatchSoon();
                }
            });
        }
    }

    /**
     * Applies what a provider reports about a message it accepted (WhatsApp's sent, delivered, read, failed);
     * answers whether a message with that provider id exists.
     */
    public boolean apply(DeliveryReport report) {
        return notifications.findByProviderMessageId(report.providerMessageId()).map(message -> {
            message.reported(report);
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public Page<Notification> ofRequest(String requestRef, Pageable pageable) {
        return notifications.findByRequestRefOrderByCreatedAtDesc(requestRef, pageable);
    }

    /** The messages about these requests that went to the beneficiary (not staff's in-app ones), newest first. */
    @Transactional(readOnly = true)
    public List<Notification> toBeneficiaryAbout(Collection<String> requestRefs) {
        return requestRefs.isEmpty() ? List.of()
                : notifications.findByRequestRefInAndStaffUsernameIsNullOrderByCreatedAtDesc(requestRefs);
    }

    /** The outbox: every message, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<Notification> find(NotificationFilter filter, Pageable pageable) {
        return notifications.findAll(filter.toSpecification(), pageable);
    }

    /** A staff member's in-app messages, newest first. */
    @Transactional(readOnly = true)
    public Page<Notification> inAppOf(String username, Pageable pageable) {
        return notifications.findByStaffUsernameAndChannelOrderByCreatedAtDesc(username, NotificationChannel.IN_APP,
                pageable);
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return notifications.countByStaffUsernameAndChannelAndReadAtIsNull(username, NotificationChannel.IN_APP);
    }

    /** Marks one of the staff member's own in-app messages read; another's does not exist for them. */
    public void markRead(UUID id, String username) {
        notifications.findById(id)
                .filter(message -> message.getChannel() == NotificationChannel.IN_APP
                        && username.equals(message.getStaffUsername()))
                .orElseThrow(() -> new RecordNotFoundException("notification", id))
                .markRead(clock.instant());
    }

    public void markAllRead(String username) {
        notifications.findByStaffUsernameAndChannelAndReadAtIsNull(username, NotificationChannel.IN_APP)
                .forEach(message -> message.markRead(clock.instant()));
    }
}
