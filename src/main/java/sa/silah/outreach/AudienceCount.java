package sa.silah.outreach;

/**
 * How many the filter finds and how many of them a campaign would reach, with who is left out and why; every person
 * matching is in exactly one of the four parts.
 *
 * @param matching everyone the filter finds (erased records never count)
 * @param withoutConsent no outreach consent given, or it was withdrawn
 * @param optedOutOfChannel consented, but opted out of every channel they could be reached on
 * @param unreachable consented, but no address on any channel the campaign has a message for
 * @param reachable the campaign's recipients
 */
public record AudienceCount(long matching, long withoutConsent, long optedOutOfChannel, long unreachable,
        long reachable) {
}
