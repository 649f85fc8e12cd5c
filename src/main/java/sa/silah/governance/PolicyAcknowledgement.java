package sa.silah.governance;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A staff member read a published version and said so. */
@Entity
@Immutable
@Table(name = "policy_acknowledgement")
public class PolicyAcknowledgement {

    @Embeddable
    public record Key(Long policyVersionId, String staffUsername) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private Instant acknowledgedAt;

    protected PolicyAcknowledgement() {
    }

    PolicyAcknowledgement(PolicyVersion version, String username, Instant now) {
        this.key = new Key(version.getId(), username);
        this.acknowledgedAt = now;
    }

    public String getStaffUsername() {
        return key.staffUsername();
    }

    public Long getPolicyVersionId() {
        return key.policyVersionId();
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
