package sa.silah.outreach;

/** A campaign was asked to do what its status does not allow (pause a draft, start a cancelled one). */
public class CampaignStateException extends RuntimeException {

    private final CampaignStatus status;

    CampaignStateException(CampaignStatus status, String action) {
        super("A " + status + " campaign cannot " + action);
        this.status = status;
    }

    public CampaignStatus status() {
        return status;
    }
}
