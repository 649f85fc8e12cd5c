package sa.silah.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One code sent for one login attempt. Only a salted SHA-256 of the code is kept; the code works until it
 * expires, once, and not after too many wrong tries.
 */
@Entity
@Table(name = "otp_challenge")
class OtpChallenge {

    private static final int SALT_BYTES = 16;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private OtpPurpose purpose;
    private String mobile;
    private UUID beneficiaryId;
    private String clientKey;
    private String salt;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int attempts;
    private Instant usedAt;
    @Version
    private long version;

    protected OtpChallenge() {
    }

    static OtpChallenge issue(OtpPurpose purpose, String mobile, UUID beneficiaryId, String clientKey, String code,
            Instant now, OtpProperties properties, SecureRandom random) {
        OtpChallenge challenge = new OtpChallenge();
        challenge.id = UUID.randomUUID();
        challenge.purpose = purpose;
        challenge.mobile = mobile;
        challenge.beneficiaryId = beneficiaryId;
        challenge.clientKey = clientKey;
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        challenge.salt = Base64.getEncoder().encodeToString(salt);
        challenge.codeHash = challenge.hash(code);
        challenge.createdAt = now;
        challenge.expiresAt = now.plus(properties.validity());
        return challenge;
    }

    /** Counts the try and answers what it proves; a right code is used up by it. */
    OtpCheck check(String code, Instant now, int maxAttempts) {
        if (usedAt != null || !now.isBefore(expiresAt) || attempts >= maxAttempts) {
            return OtpCheck.EXPIRED;
        }
        attempts++;
        boolean right = code != null && MessageDigest.isEqual(
                hash(code.strip()).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            return attempts >= maxAttempts ? OtpCheck.EXPIRED : OtpCheck.WRONG;
        }
        usedAt = now;
        return OtpCheck.ACCEPTED;
    }

    private String hash(String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Base64.getDecoder().decode(salt));
            digest.update(id.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    UUID getId() {
        return id;
    }

    OtpPurpose getPurpose() {
        return purpose;
    }

    String getMobile() {
        return mobile;
    }

    UUID getBeneficiaryId() {
        return beneficiaryId;
    }
}
