package sa.silah.assessment;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reminderBefore how long before a verified assessment lapses its officer and beneficiary are reminded, once */
@ConfigurationProperties("silah.assessment")
public record AssessmentReminderProperties(@DefaultValue("P30D") Period reminderBefore) {
}
