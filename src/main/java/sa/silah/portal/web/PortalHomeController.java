package sa.silah.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import sa.silah.portal.AccountManagement;
import sa.silah.portal.PortalBeneficiary;

/** The signed-in beneficiary's home, and signing out of every device. */
@Controller
class PortalHomeController {

    private final AccountManagement accounts;

    PortalHomeController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal PortalBeneficiary signedIn, Model model) {
        model.addAttribute("beneficiary", accounts.recordOf(signedIn.beneficiaryId()));
        return "portal/portal-home";
    }

    /** Every session of this beneficiary ends, this one too: the next request of each finds it over. */
    @PostMapping("/portal/me/sessions/end")
    String endAllSessions(@AuthenticationPrincipal PortalBeneficiary signedIn) {
        accounts.endAllSessions(signedIn.beneficiaryId());
        return "redirect:/portal/login?ended";
    }
}
