package sa.silah.notification;

import java.util.UUID;

/**
 * The channel has no gateway configured: the message stays in the database as sent, with a {@code dev-} id,
 * and administrators read it under Administration, like a local mail catcher.
 */
class DevelopmentOutbox implements Transport {

    @Override
    public String send(Notification message) {
        return "dev-" + UUID.randomUUID();
    }

    @Override
    public String name() {
        return "development outbox";
    }
}
