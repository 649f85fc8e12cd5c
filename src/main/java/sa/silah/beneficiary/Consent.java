package sa.silah.beneficiary;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import sa.silah.shared.Channel;

/**
 * A beneficiary's consent to processing for one purpose: when it was given, on which channel, and, once
 * withdrawn, when and by whom. A withdrawn consent is kept as evidence, never deleted.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant givenAt;

    private String recordedBy;

    private Instant withdrawnAt;

    private String withdrawnBy;

    protected Consent() {
    }

    Consent(ConsentPurpose purpose, Channel channel, Instant givenAt, String recordedBy) {
        this.purpose = purpose;
        this.channel = channel;
        this.givenAt = givenAt;
        this.recordedBy = recordedBy;
    }

    void withdraw(Instant at, String by) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
        }
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
