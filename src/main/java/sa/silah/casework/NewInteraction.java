package sa.silah.casework;

import sa.silah.shared.Channel;

/** A contact staff record on the timeline; {@code type} defaults to the usual form on the channel. */
public record NewInteraction(Channel channel, InteractionType type, Direction direction, String summary,
        Boolean internal) {
}
