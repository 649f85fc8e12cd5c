package sa.silah.portal.web;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The association's upcoming activities on the public site: those published and listed publicly, with their dates,
 * place and the places left. Registering is the portal's: the button signs the visitor in and brings them back to
 * the activity's page in the portal. No login.
 */
@Controller
class PublicActivityPages {

    private static final int PAGE_SIZE = 10;

    private final PortalActivityViews views;
    private final Clock clock;

    PublicActivityPages(PortalActivityViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/activities/upcoming")
    String upcoming(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("activities", views.upcomingPublic(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "portal/activities-upcoming";
    }

    @GetMapping("/activities/upcoming/{id}")
    String activity(@PathVariable UUID id, Model model) {
        PortalActivityViews.Listed listed = views.publicActivity(id);
        model.addAttribute("listed", listed);
        model.addAttribute("refusal", listed.activity().registrationRefusal(clock.instant()).orElse(null));
        model.addAttribute("portalPage", "/portal/activities/" + id);
        return "portal/activity-upcoming";
    }
}
