package sa.silah.governance;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param quorum when the board has approved a version
 * @param reviewIntervalMonths how long a published version stands before its review is due, unless a policy says
 *        otherwise
 * @param acknowledgementReminderAfter how long after publication a staff member who has not acknowledged a version
 *        is reminded, once
 * @param reviewReminderBefore how long before a published version's review date its owner is reminded, once
 */
@ConfigurationProperties("silah.governance")
public record GovernanceProperties(@DefaultValue("MAJORITY_WITH_CHAIR") Quorum quorum,
        @DefaultValue("12") int reviewIntervalMonths, @DefaultValue("P7D") Duration acknowledgementReminderAfter,
        @DefaultValue("P30D") Period reviewReminderBefore) {
}
