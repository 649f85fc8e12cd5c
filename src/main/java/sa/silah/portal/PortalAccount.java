package sa.silah.portal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A beneficiary who claimed or registered their record for the portal, with the mobile they sign in with.
 * Sessions that began before its {@code sessionsValidAfter} are over.
 */
@Entity
@Table(name = "portal_account")
class PortalAccount {

    @Id
    private UUID beneficiaryId;
    private String mobile;
    private Instant sessionsValidAfter;
    private Instant createdAt;
    private Instant lastSignedInAt;
    @Version
    private long version;

    protected PortalAccount() {
    }

    static PortalAccount open(UUID beneficiaryId, String mobile, Instant now) {
        PortalAccount account = new PortalAccount();
        account.beneficiaryId = beneficiaryId;
        account.mobile = mobile;
        account.createdAt = now;
        account.sessionsValidAfter = truncated(now);
        return account;
    }

    void signedIn(String signedInWith, Instant now) {
        mobile = signedInWith;
        lastSignedInAt = now;
    }

    void mobileChanged(String newMobile) {
        mobile = newMobile;
    }

    void endAllSessions(Instant now) {
        sessionsValidAfter = truncated(now);
    }

    boolean acceptsSessionFrom(Instant signedInAt) {
        return !truncated(signedInAt).isBefore(sessionsValidAfter);
    }

    /** Databases keep microseconds at best; comparing at milliseconds keeps both sides equal after a round trip. */
    static Instant truncated(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    UUID getBeneficiaryId() {
        return beneficiaryId;
    }
}
