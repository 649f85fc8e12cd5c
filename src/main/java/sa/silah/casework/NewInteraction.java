package sa.silah.casework;

import sa.silah.shared.Channel;

/**
 * A contact staff record on the timeline; {@code type} defaults to the usual form on the channel. A social media
 * message names its {@code platform} and may carry the sender's {@code handle} and a {@code link} to the message; a
 * call may carry the {@code phoneNumber}, its duration in seconds and its outcome.
 */
public record NewInteraction(Channel channel, InteractionType type, Direction direction, String summary,
        Boolean internal, SocialPlatform platform, String handle, String link, String phoneNumber,
        Integer durationSeconds, CallOutcome outcome) {

    /** A contact without social media or call details. */
    public NewInteraction(Channel channel, InteractionType type, Direction direction, String summary,
            Boolean internal) {
        this(channel, type, direction, summary, internal, null, null, null, null, null, null);
    }
}
