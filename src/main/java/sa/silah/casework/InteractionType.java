package sa.silah.casework;

import sa.silah.shared.Channel;

/** The form a contact took. */
public enum InteractionType {
    CALL, VISIT, LETTER, SOCIAL_MEDIA_MESSAGE, EMAIL, WEB_FORM, NOTE;

    /** The usual form of a contact on a channel, when staff do not say otherwise. */
    public static InteractionType usualFor(Channel channel) {
        return switch (channel) {
            case PHONE -> CALL;
            case INTERVIEW -> VISIT;
            case LETTER -> LETTER;
            case SOCIAL_MEDIA -> SOCIAL_MEDIA_MESSAGE;
            case WEBSITE, ASSISTANCE_REQUEST, VOLUNTEERING -> WEB_FORM;
        };
    }
}
