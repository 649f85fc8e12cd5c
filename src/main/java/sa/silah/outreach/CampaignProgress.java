package sa.silah.outreach;

/** How far a campaign has come: its recipients and those released or skipped so far. */
public record CampaignProgress(long recipients, long done) {

    /** A campaign not started: no recipients yet. */
    public static final CampaignProgress NONE = new CampaignProgress(0, 0);

    public int percent() {
        return recipients == 0 ? 0 : (int) (done * 100 / recipients);
    }
}
