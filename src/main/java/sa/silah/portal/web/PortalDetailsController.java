package sa.silah.portal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.portal.AccountContact;
import sa.silah.portal.AccountManagement;
import sa.silah.portal.OtpCheck;
import sa.silah.portal.OtpCodes;
import sa.silah.portal.OtpLimitReachedException;
import sa.silah.portal.OtpPurpose;
import sa.silah.portal.OtpResult;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.portal.PortalSessions;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * A beneficiary keeps their own contact details: email, preferred channel, language and opt-outs at once; a new
 * mobile only after typing the code sent to it.
 */
@Controller
class PortalDetailsController {

    static final String MOBILE_ATTEMPT = "silah.portal.mobileAttempt";

    private final AccountManagement accounts;
    private final OtpCodes codes;
    private final PortalSessions sessions;

    PortalDetailsController(AccountManagement accounts, OtpCodes codes, PortalSessions sessions) {
        this.accounts = accounts;
        this.codes = codes;
        this.sessions = sessions;
    }

    @GetMapping("/portal/me/details")
    String details(@AuthenticationPrincipal PortalBeneficiary signedIn, Model model) {
        Beneficiary beneficiary = accounts.recordOf(signedIn.beneficiaryId());
        model.addAttribute("form", formOf(beneficiary));
        model.addAttribute("mobileForm", new PortalMobileForm());
        return page(beneficiary, model);
    }

    @PostMapping("/portal/me/details")
    String change(@AuthenticationPrincipal PortalBeneficiary signedIn, @ModelAttribute("form") PortalDetailsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeContact(signedIn.beneficiaryId(), new AccountContact(form.getEmail(),
                    form.getPreferredChannel(), form.getLanguage(), form.getOptOuts()));
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            model.addAttribute("mobileForm", new PortalMobileForm());
            return page(accounts.recordOf(signedIn.beneficiaryId()), model);
        }
        redirect.addFlashAttribute("message", "portal.details.saved");
        return "redirect:/portal/me/details";
    }

    /** Sends a code to the new mobile; it goes on file only once that code comes back. */
    @PostMapping("/portal/me/mobile")
    String askForMobileCode(@AuthenticationPrincipal PortalBeneficiary signedIn,
            @ModelAttribute("mobileForm") PortalMobileForm mobileForm, BindingResult result, Model model,
            HttpServletRequest request, HttpSession session, Locale locale) {
        Optional<SaudiMobile> mobile = SaudiMobile.tryParse(mobileForm.getMobile());
        if (mobile.isEmpty()) {
            result.rejectValue("mobile", "portal.mobile.invalid");
        }
        else {
            try {
                session.setAttribute(MOBILE_ATTEMPT, codes.send(OtpPurpose.MOBILE_CHANGE, mobile.get(),
                        signedIn.beneficiaryId(), request.getRemoteAddr(), PortalLanguage.of(locale)));
                return "redirect:/portal/me/mobile/code";
            }
            catch (OtpLimitReachedException tooMany) {
                result.rejectValue("mobile", "portal.code.limit");
            }
        }
        Beneficiary beneficiary = accounts.recordOf(signedIn.beneficiaryId());
        model.addAttribute("form", formOf(beneficiary));
        return page(beneficiary, model);
    }

    @GetMapping("/portal/me/mobile/code")
    String mobileCodeForm(@ModelAttribute("form") PortalCodeForm form, HttpSession session, Model model) {
        if (session.getAttribute(MOBILE_ATTEMPT) == null) {
            return "redirect:/portal/me/details";
        }
        return mobileCodePage(model);
    }

    @PostMapping("/portal/me/mobile/code")
    String changeMobile(@AuthenticationPrincipal PortalBeneficiary signedIn, @ModelAttribute("form") PortalCodeForm form,
            BindingResult result, HttpSession session, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        OtpResult checked = codes.verify((UUID) session.getAttribute(MOBILE_ATTEMPT), OtpPurpose.MOBILE_CHANGE,
                form.getCode());
        if (checked.accepted() && signedIn.beneficiaryId().equals(checked.beneficiaryId())) {
            session.removeAttribute(MOBILE_ATTEMPT);
            SaudiMobile mobile = new SaudiMobile(checked.mobile());
            accounts.changeMobile(signedIn.beneficiaryId(), mobile);
            sessions.signIn(new PortalBeneficiary(signedIn.beneficiaryId(), mobile.e164()), request, response);
            redirect.addFlashAttribute("message", "portal.details.mobileChanged");
            return "redirect:/portal/me/details";
        }
        if (checked.check() == OtpCheck.WRONG) {
            result.rejectValue("code", "portal.code.wrong");
        }
        else {
            session.removeAttribute(MOBILE_ATTEMPT);
            result.rejectValue("code", "portal.code.expired");
        }
        return mobileCodePage(model);
    }

    private static String mobileCodePage(Model model) {
        model.addAttribute("action", "/portal/me/mobile/code");
        model.addAttribute("again", "/portal/me/details");
        return "portal/portal-code";
    }

    private static PortalDetailsForm formOf(Beneficiary beneficiary) {
        PortalDetailsForm form = new PortalDetailsForm();
        form.setEmail(beneficiary.getEmail());
        form.setPreferredChannel(beneficiary.getPreferredChannel());
        form.setLanguage(beneficiary.getLanguage());
        form.setOptOuts(beneficiary.getOptOuts().isEmpty() ? null : EnumSet.copyOf(beneficiary.getOptOuts()));
        return form;
    }

    private static String page(Beneficiary beneficiary, Model model) {
        model.addAttribute("beneficiary", beneficiary);
        model.addAttribute("channels", List.of(ContactChannel.values()));
        model.addAttribute("languages", BeneficiaryDetails.LANGUAGES);
        return "portal/portal-details";
    }
}
