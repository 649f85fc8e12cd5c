package sa.silah.outreach;

/**
 * A campaign's delivery and response figures, from its recipients and their messages.
 *
 * @param recipients queued when it started
 * @param pending not yet released
 * @param skipped left out at release (consent withdrawn, opted out or no address since) or by cancelling
 * @param released handed to the notification module
 * @param sent accepted by the gateway
 * @param delivered reported delivered by the provider (WhatsApp)
 * @param read reported read by the provider (WhatsApp)
 * @param failed not sent, or reported failed
 * @param replies messages back from recipients, linked to the campaign
 */
public record CampaignFigures(long recipients, long pending, long skipped, long released, long sent, long delivered,
        long read, long failed, long replies) {

    /** Released or skipped out of all recipients, in whole percent. */
    public int progressPercent() {
        return recipients == 0 ? 100 : (int) ((recipients - pending) * 100 / recipients);
    }
}
