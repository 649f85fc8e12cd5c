package sa.silah.outreach;

/**
 * Where a campaign stands: {@code DRAFT → SCHEDULED → RUNNING ⇄ PAUSED → COMPLETED}, or started at once from the
 * draft; {@code CANCELLED} from any status before it is over.
 */
public enum CampaignStatus {
    DRAFT, SCHEDULED, RUNNING, PAUSED, COMPLETED, CANCELLED;

    public boolean isOver() {
        return this == COMPLETED || this == CANCELLED;
    }
}
