package sa.silah.casework.web;

import sa.silah.casework.CallOutcome;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.NewInteraction;
import sa.silah.casework.SocialPlatform;
import sa.silah.shared.Channel;

/**
 * The timeline's three contact forms in one: a contact of any kind, a social media message, a call. {@code form}
 * says which one was filled in, so that a refused one comes back as itself. Officers give a call's duration in
 * minutes; the timeline keeps seconds.
 */
public class ContactForm {

    /** Which of the timeline's forms this is. */
    public enum Kind {
        CONTACT, SOCIAL, CALL
    }

    private Kind form = Kind.CONTACT;
    private Channel channel;
    private InteractionType type;
    private Direction direction;
    private String summary;
    private boolean internal;
    private SocialPlatform platform;
    private String handle;
    private String link;
    private String phoneNumber;
    private Integer durationMinutes;
    private CallOutcome outcome;

    /** A call as the "log a call" button offers it: the beneficiary called, on this number, and was answered. */
    static ContactForm call(String phoneNumber) {
        ContactForm call = new ContactForm();
        call.form = Kind.CALL;
        call.direction = Direction.INBOUND;
        call.phoneNumber = phoneNumber;
        call.outcome = CallOutcome.ANSWERED;
        return call;
    }

    static ContactForm social() {
        ContactForm social = new ContactForm();
        social.form = Kind.SOCIAL;
        social.direction = Direction.INBOUND;
        return social;
    }

    NewInteraction toNewInteraction() {
        return switch (form) {
            case CALL -> new NewInteraction(Channel.PHONE, InteractionType.CALL, direction, summary, false, null, null,
                    null, phoneNumber, seconds(durationMinutes), outcome);
            case SOCIAL -> new NewInteraction(Channel.SOCIAL_MEDIA, InteractionType.SOCIAL_MEDIA_MESSAGE, direction,
                    summary, false, platform, handle, link, null, null, null);
            case CONTACT -> new NewInteraction(channel, type, direction, summary, internal);
        };
    }

    /** Beyond what an int holds the call is refused anyway, as longer than a day; the form must not overflow first. */
    private static Integer seconds(Integer minutes) {
        return minutes == null ? null : (int) Math.max(Math.min(minutes * 60L, Integer.MAX_VALUE), Integer.MIN_VALUE);
    }

    public Kind getForm() {
        return form;
    }

    public void setForm(Kind form) {
        this.form = form == null ? Kind.CONTACT : form;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public InteractionType getType() {
        return type;
    }

    public void setType(InteractionType type) {
        this.type = type;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public SocialPlatform getPlatform() {
        return platform;
    }

    public void setPlatform(SocialPlatform platform) {
        this.platform = platform;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CallOutcome outcome) {
        this.outcome = outcome;
    }
}
