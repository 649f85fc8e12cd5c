package sa.silah.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OtpChallengeTest {

    private static final OtpProperties PROPERTIES = new OtpProperties(Duration.ofMinutes(5), 5, Duration.ofHours(1), 5, 20);
    private static final Instant SENT = Instant.parse("2026-11-26T10:00:00Z");

    private final OtpChallenge challenge = OtpChallenge.issue(OtpPurpose.SIGN_IN, "+966551234567", null, "client",
            "123456", SENT, PROPERTIES, new SecureRandom());

    @Test
    void acceptsTheRightCodeWithinFiveMinutes() {
        assertThat(challenge.check("123456", SENT.plus(Duration.ofMinutes(4)), 5)).isEqualTo(OtpCheck.ACCEPTED);
    }

    @Test
    void refusesTheRightCodeOnceFiveMinutesHavePassed() {
        assertThat(challenge.check("123456", SENT.plus(Duration.ofMinutes(5)), 5)).isEqualTo(OtpCheck.EXPIRED);
    }

    @Test
    void aCodeWorksOnlyOnce() {
        challenge.check("123456", SENT, 5);

        assertThat(challenge.check("123456", SENT.plusSeconds(1), 5)).isEqualTo(OtpCheck.EXPIRED);
    }

    @Test
    void theFifthWrongTryKillsTheCodeEvenForTheRightOne() {
        for (int i = 0; i < 4; i++) {
            assertThat(challenge.check("000000", SENT, 5)).isEqualTo(OtpCheck.WRONG);
        }
        assertThat(challenge.check("000000", SENT, 5)).isEqualTo(OtpCheck.EXPIRED);

        assertThat(challenge.check("123456", SENT, 5)).isEqualTo(OtpCheck.EXPIRED);
    }

    @Test
    void twoCodesAlikeAreStoredUnalike() {
        OtpChallenge other = OtpChallenge.issue(OtpPurpose.SIGN_IN, "+966551234567", null, "client", "123456", SENT,
                PROPERTIES, new SecureRandom());

        assertThat(other.check("123456", SENT, 5)).isEqualTo(OtpCheck.ACCEPTED);
        assertThat(challenge.check("654321", SENT, 5)).isEqualTo(OtpCheck.WRONG);
    }
}
