package sa.silah.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import sa.silah.portal.AccountManagement;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.satisfaction.Satisfaction;

/** The signed-in beneficiary's home, with the surveys waiting for their answer, and signing out of every device. */
@Controller
class PortalHomeController {

    private final AccountManagement accounts;
    private final Satisfaction satisfaction;

    PortalHomeController(AccountManagement accounts, Satisfaction satisfaction) {
        this.accounts = accounts;
        this.satisfaction = satisfaction;
    }

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal PortalBeneficiary signedIn, Model model) {
        model.addAttribute("beneficiary", accounts.recordOf(signedIn.beneficiaryId()));
        model.addAttribute("surveys", satisfaction.openInvitationsOf(signedIn.beneficiaryId()));
        return "portal/portal-home";
    }

    /** Every session of this beneficiary ends, this one too: the next request of each finds it over. */
    @PostMapping("/portal/me/sessions/end")
    String endAllSessions(@AuthenticationPrincipal PortalBeneficiary signedIn) {
        accounts.endAllSessions(signedIn.beneficiaryId());
        return "redirect:/portal/login?ended";
    }
}
