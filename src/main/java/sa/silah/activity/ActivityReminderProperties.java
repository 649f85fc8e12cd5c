package sa.silah.activity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderBefore how long before an activity starts its registrants holding a place are reminded, once
 * @param reminderInterval how often the job looks for registrants to remind
 */
@ConfigurationProperties("silah.activities")
public record ActivityReminderProperties(@DefaultValue("PT24H") Duration reminderBefore,
        @DefaultValue("PT15M") Duration reminderInterval) {
}
