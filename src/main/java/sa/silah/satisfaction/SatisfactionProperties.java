package sa.silah.satisfaction;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How satisfaction is asked for and shown.
 *
 * @param invitationValidity how long a survey link works
 * @param reminderAfter when the one reminder goes to an unanswered invitation
 * @param minimumResponses the fewest responses behind any figure shown for a person or a group
 * @param followUpBusinessDays the business days a manager has to follow up a low rating
 */
@ConfigurationProperties("silah.satisfaction")
public record SatisfactionProperties(@DefaultValue("P14D") Duration invitationValidity,
        @DefaultValue("P3D") Duration reminderAfter, @DefaultValue("5") int minimumResponses,
        @DefaultValue("2") int followUpBusinessDays) {
}
