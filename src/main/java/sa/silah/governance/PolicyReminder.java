package sa.silah.governance;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A reminder sent about a published version: kept so that each person is reminded of each version once. */
@Entity
@Immutable
@Table(name = "policy_reminder")
class PolicyReminder {

    /** To acknowledge the version (a staff member), or to review the policy (its owner). */
    enum Kind {
        ACKNOWLEDGE, REVIEW
    }

    @Embeddable
    record Key(Long policyVersionId, @Enumerated(EnumType.STRING) Kind reminderKind, String staffUsername)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private Instant sentAt;

    protected PolicyReminder() {
    }

    PolicyReminder(PolicyVersion version, Kind kind, String username, Instant now) {
        this.key = new Key(version.getId(), kind, username);
        this.sentAt = now;
    }

    String getStaffUsername() {
        return key.staffUsername();
    }
}
