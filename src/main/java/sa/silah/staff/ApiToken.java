package sa.silah.staff;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bearer token an administrator issued for another system to call the API as a staff account. Only the
 * SHA-256 hash of the token is stored; the token itself is shown once, when issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Recording every use would turn each API read into a write; once a minute says enough. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String tokenHash;

    private String tokenPrefix;

    private Long staffUserId;

    private Instant createdAt;

    private String createdBy;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String tokenPrefix, Long staffUserId, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.staffUserId = staffUserId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    void markUsed(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
