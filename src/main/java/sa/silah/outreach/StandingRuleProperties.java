package sa.silah.outreach;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The standing rules' settings that are the site's, not a manager's ({@code silah.outreach.rules.cron}, when they run
 * each day, is read by {@link StandingRuleSchedule}).
 *
 * @param callWithin how long an officer has to make a call the rules asked for: the task is due this long after the
 *        day it was opened
 */
@ConfigurationProperties("silah.outreach.rules")
public record StandingRuleProperties(@DefaultValue("P7D") Period callWithin) {
}
