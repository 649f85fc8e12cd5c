package sa.silah.outreach;

import java.util.List;
import java.util.UUID;

/**
 * What staff write for a new campaign: its name and purpose, who it is for, the activity it is about (if any) and its
 * messages, one per channel and language; the channels of the messages are the campaign's channels.
 */
public record CampaignDraft(String name, String purposeNote, AudienceFilter audience, UUID activityId,
        List<CampaignMessage> messages) {

    public CampaignDraft {
        audience = audience == null ? AudienceFilter.EVERYONE : audience;
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
