package sa.silah.notification.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import sa.silah.notification.MessageStatus;
import sa.silah.notification.Notification;
import sa.silah.notification.NotificationChannel;
import sa.silah.notification.TemplateKey;
import sa.silah.shared.Dates;

/** A message as the API shows it: what was said, on which channel, and where its delivery stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NotificationResponse(UUID id, String requestRef, NotificationChannel channel, TemplateKey templateKey,
        String language, MessageStatus status, String subject, String text, int attempts, OffsetDateTime createdAt,
        OffsetDateTime sentAt, OffsetDateTime deliveredAt, OffsetDateTime readAt, String lastError) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.getId(), n.getRequestRef(), n.getChannel(), n.getTemplateKey(),
                n.getLanguage(), n.getStatus(), n.getSubject(), n.getBody(), n.getAttempts(), riyadh(n.getCreatedAt()),
                riyadh(n.getSentAt()), riyadh(n.getDeliveredAt()), riyadh(n.getReadAt()), n.getLastError());
    }

    /** Times in Riyadh with their offset, like the other APIs. */
    private static OffsetDateTime riyadh(Instant instant) {
        return instant == null ? null : instant.atZone(Dates.RIYADH).toOffsetDateTime();
    }
}
