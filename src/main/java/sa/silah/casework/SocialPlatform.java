package sa.silah.casework;

/** The social media platforms on which beneficiaries write to the association. */
public enum SocialPlatform {
    X, INSTAGRAM, SNAPCHAT, TIKTOK, FACEBOOK, WHATSAPP
}
