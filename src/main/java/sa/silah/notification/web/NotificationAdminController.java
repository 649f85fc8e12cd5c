package sa.silah.notification.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.notification.MessageStatus;
import sa.silah.notification.NotificationChannel;
import sa.silah.notification.NotificationFilter;
import sa.silah.notification.Notifier;

/**
 * Every message Silah stored, newest first, for administrators. Without gateways this is the development
 * outbox: the messages are here instead of on phones and in mailboxes.
 */
@Controller
class NotificationAdminController {

    private static final int PAGE_SIZE = 25;

    private final Notifier notifier;

    NotificationAdminController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/admin/notifications")
    String outbox(@RequestParam(required = false) MessageStatus status,
            @RequestParam(required = false) NotificationChannel channel,
            @RequestParam(required = false) String requestRef, @RequestParam(defaultValue = "0") int page, Model model) {
        NotificationFilter filter = new NotificationFilter(status, channel, requestRef);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", MessageStatus.values());
        model.addAttribute("channels", NotificationChannel.values());
        model.addAttribute("messages", notifier.find(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "notification/outbox";
    }
}
