package sa.silah.casework;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.Channel;

/**
 * One contact on the timeline: a call, a visit, a letter, a message, an email or a note, recorded against
 * the beneficiary and, where it belongs, one of their requests. Internal notes are for staff only and are
 * never shown to the beneficiary.
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
}
