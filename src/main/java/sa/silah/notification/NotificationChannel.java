package sa.silah.notification;

import sa.silah.beneficiary.ContactChannel;

/** Where a message goes. {@code IN_APP} is the staff member's list in Silah itself. */
public enum NotificationChannel {
    SMS, WHATSAPP, EMAIL, IN_APP;

    /** Texts to a phone wait for the morning; email and the in-app list do not disturb anyone at night. */
    boolean keepsQuietHours() {
        return this == SMS || this == WHATSAPP;
    }

    static NotificationChannel of(ContactChannel channel) {
        return valueOf(channel.name());
    }
}
