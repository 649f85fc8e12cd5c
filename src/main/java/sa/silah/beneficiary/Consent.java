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
 * A beneficiary's consent to processing for one purpose: when it was given, on which channel, under which version
 * of the privacy notice, and, once withdrawn, when and by whom. An objection to a purpose that needs no opt-in is
 * a record never given and withdrawn at once. A withdrawn consent is kept as evidence, never deleted.
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

    private Integer privacyNoticeVersion;

    protected Consent() {
    }

    private Consent(ConsentPurpose purpose, Channel channel, String recordedBy, Integer privacyNoticeVersion) {
        this.purpose = purpose;
        this.channel = channel;
        this.recordedBy = recordedBy;
        this.privacyNoticeVersion = privacyNoticeVersion;
    }

    static Consent given(ConsentPurpose purpose, Channel channel, Instant at, String by, Integer privacyNoticeVersion) {
        Consent consent = new Consent(purpose, channel, by, privacyNoticeVersion);
        consent.givenAt = at;
        return consent;
    }

    /** The beneficiary objects to a purpose they never consented to: recorded as never given, withdrawn now. */
    static Consent objection(ConsentPurpose purpose, Channel channel, Instant at, String by,
            Integer privacyNoticeVersion) {
        Consent consent = new Consent(purpose, channel, by, privacyNoticeVersion);
        consent.withdraw(at, by);
        return consent;
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

    /** An objection: withdrawn without ever having been given. */
    public boolean isObjection() {
        return givenAt == null;
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

    /** The privacy notice version in force when this was recorded; empty for consents from before versioning. */
    public Integer getPrivacyNoticeVersion() {
        return privacyNoticeVersion;
    }
}
