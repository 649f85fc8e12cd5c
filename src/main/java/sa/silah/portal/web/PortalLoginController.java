package sa.silah.portal.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.portal.AccountManagement;
import sa.silah.portal.AccountRegistration;
import sa.silah.portal.OtpCodes;
import sa.silah.portal.OtpLimitReachedException;
import sa.silah.portal.OtpPurpose;
import sa.silah.portal.OtpResult;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.portal.PortalSessions;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * A beneficiary signs in: their mobile, the code sent to it, then, the first time, claiming their record or
 * registering. The login attempt's id and, once the code is right, the verified mobile are kept in the session;
 * the beneficiary is signed in only at the end.
 */
@Controller
class PortalLoginController {

    static final String ATTEMPT = "silah.portal.attempt";
    static final String VERIFIED_MOBILE = "silah.portal.verifiedMobile";
    /** The portal page to open once signed in, when the sign-in began from a link to it. */
    static final String NEXT = "silah.portal.next";
    private static final Pattern PORTAL_PAGE = Pattern.compile("/portal(/[A-Za-z0-9-]+)*");

    private final OtpCodes codes;
    private final AccountManagement accounts;
    private final PortalSessions sessions;
    private final SegmentCatalog segments;

    PortalLoginController(OtpCodes codes, AccountManagement accounts, PortalSessions sessions,
            SegmentCatalog segments) {
        this.codes = codes;
        this.accounts = accounts;
        this.sessions = sessions;
        this.segments = segments;
    }

    /**
     * The sign-in form. With {@code next}, a portal page to come back to (the public site's "register" button sends
     * its activity's): a beneficiary already signed in goes straight there, anyone else after signing in.
     */
    @GetMapping("/portal/login")
    String login(@ModelAttribute("form") PortalMobileForm form, @RequestParam(required = false) String next,
            @AuthenticationPrincipal PortalBeneficiary signedIn, HttpServletRequest request) {
        Optional<String> back = portalPage(next);
        if (back.isPresent() && signedIn != null) {
            return "redirect:" + back.get();
        }
        // Kept until signed in, so that switching the page's language on the way does not lose it.
        back.ifPresent(page -> request.getSession().setAttribute(NEXT, page));
        return "portal/portal-login";
    }

    /** Only a path of the portal itself, letters, digits and dashes: never another site, nor a path that climbs out. */
    private static Optional<String> portalPage(String next) {
        return next != null && PORTAL_PAGE.matcher(next).matches() ? Optional.of(next) : Optional.empty();
    }

    /** Sends a code whether or not the mobile is on file: the answer is the same for both. */
    @PostMapping("/portal/login")
    String sendCode(@ModelAttribute("form") PortalMobileForm form, BindingResult result, HttpServletRequest request,
            HttpSession session, Locale locale) {
        Optional<SaudiMobile> mobile = SaudiMobile.tryParse(form.getMobile());
        if (mobile.isEmpty()) {
            result.rejectValue("mobile", "portal.mobile.invalid");
            return "portal/portal-login";
        }
        try {
            UUID attempt = codes.send(OtpPurpose.SIGN_IN, mobile.get(), null, request.getRemoteAddr(),
                    PortalLanguage.of(locale));
            session.removeAttribute(VERIFIED_MOBILE);
            session.setAttribute(ATTEMPT, attempt);
        }
        catch (OtpLimitReachedException tooMany) {
            result.reject("portal.code.limit");
            return "portal/portal-login";
        }
        return "redirect:/portal/code";
    }

    @GetMapping("/portal/code")
    String codeForm(@ModelAttribute("form") PortalCodeForm form, HttpSession session) {
        return session.getAttribute(ATTEMPT) == null ? "redirect:/portal/login" : "portal/portal-code";
    }

    @PostMapping("/portal/code")
    String checkCode(@ModelAttribute("form") PortalCodeForm form, BindingResult result, HttpSession session,
            HttpServletRequest request, HttpServletResponse response) {
        OtpResult checked = codes.verify((UUID) session.getAttribute(ATTEMPT), OtpPurpose.SIGN_IN, form.getCode());
        return switch (checked.check()) {
            case WRONG -> {
                result.rejectValue("code", "portal.code.wrong");
                yield "portal/portal-code";
            }
            case EXPIRED -> {
                session.removeAttribute(ATTEMPT);
                result.rejectValue("code", "portal.code.expired");
                yield "portal/portal-code";
            }
            case ACCEPTED -> {
                session.removeAttribute(ATTEMPT);
                SaudiMobile mobile = new SaudiMobile(checked.mobile());
                Optional<PortalBeneficiary> account = accounts.signInWith(mobile);
                if (account.isPresent()) {
                    yield signedIn(account.get(), request, response);
                }
                session.setAttribute(VERIFIED_MOBILE, mobile.e164());
                yield "redirect:/portal/claim";
            }
        };
    }

    @GetMapping("/portal/claim")
    String claimForm(@ModelAttribute("form") PortalClaimForm form, HttpSession session) {
        return session.getAttribute(VERIFIED_MOBILE) == null ? "redirect:/portal/login" : "portal/portal-claim";
    }

    /** A wrong number and a mobile that is not on file get the same message: nothing tells which was wrong. */
    @PostMapping("/portal/claim")
    String claim(@ModelAttribute("form") PortalClaimForm form, BindingResult result, HttpSession session,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<SaudiMobile> mobile = verifiedMobile(session);
        if (mobile.isEmpty()) {
            return "redirect:/portal/login";
        }
        Optional<PortalBeneficiary> claimed = accounts.claim(mobile.get(), form.getIdentifier());
        if (claimed.isEmpty()) {
            result.rejectValue("identifier", "portal.claim.noMatch");
            return "portal/portal-claim";
        }
        return signedIn(claimed.get(), request, response);
    }

    @GetMapping("/portal/register")
    String registerForm(@ModelAttribute("form") PortalRegistrationForm form, HttpSession session, Model model) {
        if (session.getAttribute(VERIFIED_MOBILE) == null) {
            return "redirect:/portal/login";
        }
        return registerPage(model);
    }

    @PostMapping("/portal/register")
    String register(@ModelAttribute("form") PortalRegistrationForm form, BindingResult result, HttpSession session,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<SaudiMobile> mobile = verifiedMobile(session);
        if (mobile.isEmpty()) {
            return "redirect:/portal/login";
        }
        try {
            PortalBeneficiary registered = accounts.register(mobile.get(), new AccountRegistration(form.getType(),
                    form.getFullName(), form.getIdentifier(), form.getOrganizationType(), form.getSegment(),
                    form.getCity(), form.getEmail(), form.isConsent()));
            return signedIn(registered, request, response);
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return registerPage(model);
        }
    }

    private String registerPage(Model model) {
        model.addAttribute("types", List.of(BeneficiaryType.values()));
        model.addAttribute("organizationTypes", List.of(OrganizationType.values()));
        model.addAttribute("segments", segments.active());
        return "portal/portal-register";
    }

    private String signedIn(PortalBeneficiary beneficiary, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.removeAttribute(VERIFIED_MOBILE);
        Optional<String> back = portalPage((String) session.getAttribute(NEXT));
        session.removeAttribute(NEXT);
        sessions.signIn(beneficiary, request, response);
        return "redirect:" + back.orElse("/portal");
    }

    private static Optional<SaudiMobile> verifiedMobile(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(VERIFIED_MOBILE)).map(SaudiMobile::new);
    }
}
