package sa.silah.shared;

/**
 * The seven channels through which the association's policy receives beneficiaries. Every contact and
 * every request records the channel it came in on.
 */
public enum Channel {
    INTERVIEW,
    PHONE,
    SOCIAL_MEDIA,
    LETTER,
    ASSISTANCE_REQUEST,
    VOLUNTEERING,
    WEBSITE
}
