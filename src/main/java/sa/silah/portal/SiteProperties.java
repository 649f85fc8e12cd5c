package sa.silah.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public site against abuse, each counted over {@code window}.
 *
 * @param submissionsPerIp forms one address may send
 * @param submissionsPerMobile forms one mobile may send
 * @param failedTracksPerIp tracking look-ups with a wrong reference and mobile one address may make
 * @param failedTracksPerReference wrong mobiles tried against one reference
 * @param window how long a count lasts
 * @param maxLogoSize the largest logo an administrator may upload
 */
@ConfigurationProperties("silah.portal")
public record SiteProperties(@DefaultValue("10") int submissionsPerIp, @DefaultValue("5") int submissionsPerMobile,
        @DefaultValue("10") int failedTracksPerIp, @DefaultValue("5") int failedTracksPerReference,
        @DefaultValue("PT1H") Duration window, @DefaultValue("200KB") DataSize maxLogoSize) {

    public SiteProperties {
        if (submissionsPerIp < 1 || submissionsPerMobile < 1 || failedTracksPerIp < 1 || failedTracksPerReference < 1) {
            throw new IllegalArgumentException("silah.portal limits must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("silah.portal.window must be positive");
        }
    }
}
