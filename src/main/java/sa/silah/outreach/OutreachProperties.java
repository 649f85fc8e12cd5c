package sa.silah.outreach;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import sa.silah.beneficiary.ContactChannel;

/**
 * How fast campaigns go out ({@code silah.outreach.*}): at most this many messages a minute per channel, the gateway's
 * contracted rate, over every campaign together; released every {@code releaseInterval}.
 *
 * @param rate messages a minute per channel
 * @param releaseInterval how often the sender looks for recipients to release
 * @param replyWindow how long after a campaign message a message from its recipient counts as a reply to it
 */
@ConfigurationProperties("silah.outreach")
public record OutreachProperties(@DefaultValue Rate rate, @DefaultValue("PT5S") Duration releaseInterval,
        @DefaultValue("P14D") Duration replyWindow) {

    public record Rate(@DefaultValue("600") int smsPerMinute, @DefaultValue("600") int whatsappPerMinute,
            @DefaultValue("300") int emailPerMinute) {

        int perMinute(ContactChannel channel) {
            return switch (channel) {
                case SMS -> smsPerMinute;
                case WHATSAPP -> whatsappPerMinute;
                case EMAIL -> emailPerMinute;
            };
        }
    }
}
