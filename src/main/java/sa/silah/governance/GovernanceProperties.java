package sa.silah.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param quorum when the board has approved a version
 * @param reviewIntervalMonths how long a published version stands before its review is due, unless a policy says
 *        otherwise
 */
@ConfigurationProperties("silah.governance")
public record GovernanceProperties(@DefaultValue("MAJORITY_WITH_CHAIR") Quorum quorum,
        @DefaultValue("12") int reviewIntervalMonths) {
}
