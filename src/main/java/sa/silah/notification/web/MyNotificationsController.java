package sa.silah.notification.web;

import java.security.Principal;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.notification.Notifier;

/** A staff member's own in-app messages, the unread count in the navigation bar, and marking them read. */
@Controller
class MyNotificationsController {

    private static final int PAGE_SIZE = 20;

    private final Notifier notifier;

    MyNotificationsController(Notifier notifier) {
        this.notifier = notifier;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
        model.addAttribute("messages", notifier.inAppOf(principal.getName(), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "notification/mine";
    }

    /** The badge the layout loads with htmx, so that no other module's page needs to count. */
    @GetMapping("/notifications/unread")
    String unread(Principal principal, Model model) {
        model.addAttribute("unread", notifier.unreadCount(principal.getName()));
        return "notification/mine :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable UUID id, Principal principal) {
        notifier.markRead(id, principal.getName());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(Principal principal) {
        notifier.markAllRead(principal.getName());
        return "redirect:/notifications";
    }
}
