package sa.silah.notification;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules send the messages due at an instant they choose, as the dispatch round would. */
public final class NotificationDispatch {

    private NotificationDispatch() {
    }

    public static int dispatch(ApplicationContext application, Instant now) {
        return application.getBean(Dispatcher.class).dispatch(now);
    }
}
