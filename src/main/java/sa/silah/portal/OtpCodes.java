package sa.silah.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.notification.Notifier;

/**
 * Sends and checks the portal's one-time codes: six digits from {@link SecureRandom}, sent by WhatsApp to a
 * beneficiary who prefers it and by SMS otherwise, whether or not the mobile is on file, so that the answer
 * never tells who is registered. Sending is limited per mobile and per client address, counted in the database.
 */
@Service
@Transactional
public class OtpCodes {

    private final OtpChallenges challenges;
    private final BeneficiaryRegistry registry;
    private final Notifier notifier;
    private final OtpProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OtpCodes(OtpChallenges challenges, BeneficiaryRegistry registry, Notifier notifier, OtpProperties properties,
            Clock clock) {
        this.challenges = challenges;
        this.registry = registry;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a code to the mobile and answers the login attempt's id, to keep in the session.
     *
     * @param beneficiaryId the signed-in beneficiary for {@link OtpPurpose#MOBILE_CHANGE}, else {@code null}
     * @param clientAddress the address the request came from; only a hash of it is stored
     * @throws OtpLimitReachedException when too many codes went to this mobile or client lately
     */
    public UUID send(OtpPurpose purpose, SaudiMobile mobile, UUID beneficiaryId, String clientAddress,
            String language) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.window());
        // A code older than both its validity and the limits' window serves nothing: its row, with the mobile, goes.
        challenges.deleteCreatedBefore(since.isBefore(now.minus(properties.validity())) ? since
                : now.minus(properties.validity()));
        String clientKey = sha256(clientAddress == null ? "" : clientAddress);
        if (challenges.countByMobileAndCreatedAtAfter(mobile.e164(), since) >= properties.perMobile()
                || challenges.countByClientKeyAndCreatedAtAfter(clientKey, since) >= properties.perClient()) {
            throw new OtpLimitReachedException();
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        OtpChallenge challenge = challenges.save(OtpChallenge.issue(purpose, mobile.e164(), beneficiaryId, clientKey,
                code, now, properties, random));
        notifier.sendOneTimeCode(mobile.e164(), code, language, channelFor(purpose, mobile, beneficiaryId));
        return challenge.getId();
    }

    /** Checks a typed code against the attempt it was asked for; an unknown attempt proves nothing. */
    public OtpResult verify(UUID attemptId, OtpPurpose purpose, String code) {
        Optional<OtpChallenge> challenge = attemptId == null ? Optional.empty()
                : challenges.findById(attemptId).filter(found -> found.getPurpose() == purpose);
        if (challenge.isEmpty()) {
            return new OtpResult(OtpCheck.EXPIRED, null, null);
        }
        OtpCheck check = challenge.get().check(code, clock.instant(), properties.maxAttempts());
        return check == OtpCheck.ACCEPTED
                ? new OtpResult(check, challenge.get().getMobile(), challenge.get().getBeneficiaryId())
                : new OtpResult(check, null, null);
    }

    /** WhatsApp only for a beneficiary who chose it and did not opt out of it; SMS in every other case. */
    private ContactChannel channelFor(OtpPurpose purpose, SaudiMobile mobile, UUID beneficiaryId) {
        Optional<Beneficiary> beneficiary = purpose == OtpPurpose.MOBILE_CHANGE
                ? registry.find(beneficiaryId) : registry.findOnlyHolderOf(mobile);
        boolean whatsApp = beneficiary
                .filter(found -> found.getPreferredChannel() == ContactChannel.WHATSAPP)
                .filter(found -> !found.getOptOuts().contains(ContactChannel.WHATSAPP))
                .isPresent();
        return whatsApp ? ContactChannel.WHATSAPP : ContactChannel.SMS;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
