package sa.silah.inbound;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.Interaction;
import sa.silah.shared.RecordNotFoundException;

/**
 * What WhatsApp delivers, put where it belongs: a text from the one beneficiary holding the sender's mobile goes on
 * their timeline as an inbound social media contact; any other text waits in the unidentified contacts queue for an
 * officer. Each message is stored once whatever the number of deliveries: a repeated id is skipped, and two
 * deliveries racing each other meet the unique id in the database, where the second is refused and dropped.
 * Message ids stay out of the log: a wamid carries the sender's number, base64-encoded.
 */
@Service
@Transactional
public class InboundMessages {

    /** Who recorded a message that came in by itself. */
    static final String WEBHOOK_ACTOR = "whatsapp";

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final UnidentifiedContacts unidentified;
    private final BeneficiaryRegistry registry;
    private final Casework casework;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate eachMessage;
    private final Clock clock;

    InboundMessages(UnidentifiedContacts unidentified, BeneficiaryRegistry registry, Casework casework,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.unidentified = unidentified;
        this.registry = registry;
        this.casework = casework;
        this.events = events;
        this.eachMessage = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Stores one message, in a transaction of its own, so that one refused duplicate spoils no other message. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void receive(WhatsAppMessage message) {
        try {
            eachMessage.executeWithoutResult(status -> store(message));
        }
        catch (DataIntegrityViolationException redelivered) {
            log.info("A WhatsApp message was stored by a delivery running at the same time; this one is dropped");
        }
    }

    private void store(WhatsAppMessage message) {
        if (unidentified.existsByExternalId(message.id()) || casework.hasReceived(message.id())) {
            return;
        }
        Optional<Beneficiary> sender = SaudiMobile.tryParse(message.from()).flatMap(registry::findOnlyHolderOf);
        if (sender.isPresent()) {
            casework.recordReceivedMessage(sender.get().getId(), message.toReceivedMessage(), WEBHOOK_ACTOR);
        }
        else {
            unidentified.saveAndFlush(UnidentifiedContact.of(message));
        }
    }

    /** Passes a delivery status on to whoever sent the message, through the event publication registry. */
    public void statusReceived(WhatsAppStatusReceived status) {
        events.publishEvent(status);
    }

    @Transactional(readOnly = true)
    public Page<UnidentifiedContact> unidentified(boolean openOnly, Pageable pageable) {
        return openOnly ? unidentified.findByResolvedAtIsNullOrderByReceivedAtDescIdDesc(pageable)
                : unidentified.findAllByOrderByReceivedAtDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public UnidentifiedContact find(long id) {
        return unidentified.findById(id).orElseThrow(() -> new RecordNotFoundException("unidentified contact", id));
    }

    /**
     * Says whose message it was: it goes on that beneficiary's timeline at the time it was sent, and leaves the open
     * queue.
     */
    public Interaction link(long id, UUID beneficiaryId, String actor) {
        UnidentifiedContact contact = find(id);
        return casework.recordReceivedMessage(beneficiaryId, contact.resolve(beneficiaryId, actor, clock.instant()),
                actor);
    }
}
