package sa.silah.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.casework.ReceivedMessage;
import sa.silah.casework.SocialPlatform;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * A WhatsApp message whose sender matched no single beneficiary, waiting for an officer to say whose it is. Once
 * linked it is resolved (who, when, to whom) and leaves the open queue; it is kept, so that a redelivery of the same
 * message is still recognised.
 */
@Entity
@Table(name = "unidentified_contact")
public class UnidentifiedContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String externalId;

    private String sender;

    private String profileName;

    private String text;

    private Instant receivedAt;

    private Instant resolvedAt;

    private String resolvedBy;

    private UUID beneficiaryId;

    protected UnidentifiedContact() {
    }

    private UnidentifiedContact(WhatsAppMessage message) {
        this.externalId = message.id();
        this.sender = message.senderNumber();
        this.profileName = message.profileName();
        this.text = message.text();
        this.receivedAt = message.sentAt();
    }

    static UnidentifiedContact of(WhatsAppMessage message) {
        return new UnidentifiedContact(message);
    }

    /** Says whose message this was; the message then goes on that beneficiary's timeline at its original time. */
    ReceivedMessage resolve(UUID beneficiary, String actor, Instant now) {
        if (resolvedAt != null) {
            throw new InvalidFieldsException(List.of(new FieldProblem("beneficiaryId", "unidentified.alreadyLinked")));
        }
        this.beneficiaryId = beneficiary;
        this.resolvedBy = actor;
        this.resolvedAt = now;
        return new ReceivedMessage(SocialPlatform.WHATSAPP, externalId, sender, text, receivedAt);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getSender() {
        return sender;
    }

    public String getProfileName() {
        return profileName;
    }

    public String getText() {
        return text;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public UUID getBeneficiaryId() {
        return beneficiaryId;
    }
}
