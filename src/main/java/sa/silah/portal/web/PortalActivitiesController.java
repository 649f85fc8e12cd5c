package sa.silah.portal.web;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStateException;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationRefusedException;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.portal.PortalBeneficiary;

/**
 * Activities in the beneficiary's portal: those open for registration now that they are among those each is for,
 * registering with one tap, their registrations, and cancelling one after a confirmation page. A registration's URL
 * answers 404 unless it is the signed-in beneficiary's own. Plain forms and redirects: no JavaScript needed.
 */
@Controller
@RequestMapping("/portal/activities")
class PortalActivitiesController {

    private static final int PAGE_SIZE = 10;

    private final PortalActivityViews views;
    private final ActivityRegistrations registrations;

    PortalActivitiesController(PortalActivityViews views, ActivityRegistrations registrations) {
        this.views = views;
        this.registrations = registrations;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalBeneficiary me, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int mine, Model model) {
        Page<PortalActivityViews.Listed> open = views.openFor(me.beneficiaryId(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("open", open);
        model.addAttribute("registered", views.activeRegistrations(me.beneficiaryId(),
                open.map(listed -> listed.activity().getId()).toList()));
        model.addAttribute("mine", views.registrationsOf(me.beneficiaryId(),
                PageRequest.of(Math.max(mine, 0), PAGE_SIZE)));
        return "portal/portal-activities";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable UUID id, Model model) {
        return view(me, id, model);
    }

    /** A double tap or a second visit takes nothing more: the registration as it stands is shown again. */
    @PostMapping("/{id}/registration")
    String register(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable UUID id, Model model,
            RedirectAttributes redirect) {
        try {
            Registration registration = registrations.register(id, me.beneficiaryId(), RegistrationVia.PORTAL,
                    actor(me), null);
            redirect.addFlashAttribute("message", registration.getStatus() == RegistrationStatus.REGISTERED
                    ? "portal.activities.registered" : "portal.activities.waitlisted");
            return "redirect:/portal/activities/" + id;
        }
        catch (RegistrationRefusedException refused) {
            model.addAttribute("refused", refused.messageKey());
            refused.decision().ifPresent(decision -> model.addAttribute("refusedDecision", decision));
            return view(me, id, model);
        }
    }

    @GetMapping("/registrations/{registrationId}/cancellation")
    String confirmCancel(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable UUID registrationId,
            Model model) {
        model.addAttribute("mine", views.owned(registrationId, me.beneficiaryId()));
        return "portal/portal-activity-cancel";
    }

    @PostMapping("/registrations/{registrationId}/cancellation")
    String cancel(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable UUID registrationId,
            RedirectAttributes redirect) {
        PortalActivityViews.Mine mine = views.owned(registrationId, me.beneficiaryId());
        if (!mine.cancellable()) {
            redirect.addFlashAttribute("problem", mine.registration().getStatus().isActive()
                    ? "portal.activities.cancel.begun" : "activity.registration.alreadyCancelled");
        }
        else {
            try {
                registrations.cancel(registrationId, actor(me));
                redirect.addFlashAttribute("message", "portal.activities.cancelled");
            }
            catch (ActivityStateException refused) {
                redirect.addFlashAttribute("problem", refused.messageKey());
            }
        }
        return "redirect:/portal/activities/" + mine.activity().getId();
    }

    private String view(PortalBeneficiary me, UUID id, Model model) {
        model.addAttribute("detail", views.detail(id, me.beneficiaryId()));
        return "portal/portal-activity";
    }

    /** Who registered or cancelled, in the registration's record: the beneficiary themselves. */
    private static String actor(PortalBeneficiary me) {
        return "beneficiary:" + me.beneficiaryId();
    }
}
