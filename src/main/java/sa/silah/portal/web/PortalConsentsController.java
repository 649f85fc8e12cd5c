package sa.silah.portal.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.portal.AccountManagement;
import sa.silah.portal.PortalBeneficiary;

/**
 * The signed-in beneficiary's consents, one line per purpose: whether the association may process their data for
 * it, the latest record with the privacy notice version it was given under, and giving or withdrawing it.
 */
@Controller
class PortalConsentsController {

    private final AccountManagement accounts;

    PortalConsentsController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/portal/me/consents")
    String consents(@AuthenticationPrincipal PortalBeneficiary signedIn, Model model) {
        model.addAttribute("lines", accounts.consentsOf(signedIn.beneficiaryId()));
        return "portal/portal-consents";
    }

    @PostMapping("/portal/me/consents/{purpose}/give")
    String give(@AuthenticationPrincipal PortalBeneficiary signedIn, @PathVariable ConsentPurpose purpose,
            RedirectAttributes redirect) {
        accounts.giveConsent(signedIn.beneficiaryId(), purpose);
        redirect.addFlashAttribute("message", "portal.consents.given");
        return "redirect:/portal/me/consents";
    }

    @PostMapping("/portal/me/consents/{purpose}/withdraw")
    String withdraw(@AuthenticationPrincipal PortalBeneficiary signedIn, @PathVariable ConsentPurpose purpose,
            RedirectAttributes redirect) {
        accounts.withdrawConsent(signedIn.beneficiaryId(), purpose);
        redirect.addFlashAttribute("message", "portal.consents.withdrawn");
        return "redirect:/portal/me/consents";
    }
}
