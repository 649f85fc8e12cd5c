package sa.silah.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's sessions.
 *
 * @param sessionTimeout how long a beneficiary's session lives without a request; staff sessions keep
 *        {@code server.servlet.session.timeout}
 */
@ConfigurationProperties("silah.portal")
public record PortalProperties(@DefaultValue("PT30M") Duration sessionTimeout) {
}
