package sa.silah.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one-time codes of the portal.
 *
 * @param validity how long a code works
 * @param maxAttempts wrong tries after which a code is dead
 * @param window the span the sending limits count over
 * @param perMobile codes sent to one mobile within the window
 * @param perClient codes sent for one client address within the window
 */
@ConfigurationProperties("silah.portal.otp")
public record OtpProperties(@DefaultValue("PT5M") Duration validity, @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1H") Duration window, @DefaultValue("5") int perMobile, @DefaultValue("20") int perClient) {

    public OtpProperties {
        if (validity.isNegative() || validity.isZero() || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("silah.portal.otp.validity and window must be positive");
        }
        if (maxAttempts < 1 || perMobile < 1 || perClient < 1) {
            throw new IllegalArgumentException("silah.portal.otp limits must be at least 1");
        }
    }
}
