package sa.silah.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.beneficiary.SaudiMobile;
import sa.silah.casework.Casework;
import sa.silah.casework.PublicSubmission;
import sa.silah.casework.Request;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.portal.SiteRateLimits;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The public forms: an inquiry, a suggestion, a complaint (which may be anonymous), a service request and a
 * volunteering application. Each sends a request on the website channel and shows its reference and expected
 * date; the notification module sends them too. A form that is refused comes back with everything typed in it.
 */
@Controller
@RequestMapping("/forms")
class SiteForms {

    /** Requests are read by staff in Arabic, so the parts Silah writes into them are Arabic. */
    private static final Locale STAFF_LANGUAGE = Locale.forLanguageTag("ar");

    private final Casework casework;
    private final ServiceCatalog services;
    private final SiteRateLimits limits;
    private final MessageSource messages;

    SiteForms(Casework casework, ServiceCatalog services, SiteRateLimits limits, MessageSource messages) {
        this.casework = casework;
        this.services = services;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/{path}")
    String form(@PathVariable String path, @ModelAttribute("siteForm") SiteForm form,
            @RequestParam(required = false) String service, Model model) {
        if (service != null) {
            form.setServiceCode(service);
        }
        return page(kind(path), model);
    }

    @PostMapping("/{path}")
    String send(@PathVariable String path, @ModelAttribute("siteForm") SiteForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        SiteFormKind kind = kind(path);
        if (form.getFax() != null && !form.getFax().isEmpty()) {
            result.reject("site.form.rejected");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(kind, model);
        }
        if (!limits.allowSubmission(request.getRemoteAddr(), mobileKey(form.getMobile()))) {
            result.reject("site.form.tooMany");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(kind, model);
        }
        if (kind == SiteFormKind.VOLUNTEERING) {
            limit(result, "availability", form.getAvailability());
            limit(result, "interests", form.getInterests());
            limit(result, "description", form.getDescription());
            if (result.hasErrors()) {
                return page(kind, model);
            }
        }
        try {
            Request sent = casework.submitFromWebsite(submission(kind, form));
            model.addAttribute("sent", sent);
            model.addAttribute("trackable", sent.getSubmitterMobile() != null || sent.getBeneficiaryId() != null);
            model.addAttribute("formKind", kind);
            return "portal/sent";
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return page(kind, model);
        }
    }

    private String page(SiteFormKind kind, Model model) {
        model.addAttribute("formKind", kind);
        if (kind == SiteFormKind.SERVICE) {
            model.addAttribute("services", services.publicServices());
        }
        return "portal/form";
    }

    private PublicSubmission submission(SiteFormKind kind, SiteForm form) {
        boolean anonymous = kind.mayBeAnonymous() && form.isAnonymous();
        return new PublicSubmission(kind.kind(), kind == SiteFormKind.SERVICE ? form.getServiceCode() : null,
                subject(kind, form), description(kind, form), form.getName(), form.getMobile(), form.getEmail(),
                anonymous);
    }

    private String subject(SiteFormKind kind, SiteForm form) {
        if (kind.asksForSubject()) {
            return form.getSubject();
        }
        String kindName = messages.getMessage("requestKind." + kind.kind(), null, STAFF_LANGUAGE);
        if (kind == SiteFormKind.SERVICE && form.getServiceCode() != null && !form.getServiceCode().isBlank()) {
            return services.findByCode(form.getServiceCode().strip())
                    .map(ServiceOffering::getNameAr).map(name -> kindName + ": " + name).orElse(kindName);
        }
        return kindName;
    }

    /** The volunteering form's three answers go into the request's description, each under its label. */
    private String description(SiteFormKind kind, SiteForm form) {
        if (kind != SiteFormKind.VOLUNTEERING || form.getDescription() == null || form.getDescription().isBlank()) {
            return form.getDescription();
        }
        StringBuilder text = new StringBuilder(labelled("site.volunteer.skills", form.getDescription()));
        if (form.getAvailability() != null && !form.getAvailability().isBlank()) {
            text.append('\n').append(labelled("site.volunteer.availability", form.getAvailability()));
        }
        if (form.getInterests() != null && !form.getInterests().isBlank()) {
            text.append('\n').append(labelled("site.volunteer.interests", form.getInterests()));
        }
        return text.toString();
    }

    private String labelled(String labelKey, String value) {
        return messages.getMessage(labelKey, null, STAFF_LANGUAGE) + ": " + value.strip();
    }

    private static void limit(BindingResult result, String field, String value) {
        if (value != null && value.strip().length() > SiteForm.VOLUNTEERING_FIELD_MAX) {
            result.rejectValue(field, "validation.tooLong");
        }
    }

    /** The same mobile written two ways counts as one. */
    private static String mobileKey(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return SaudiMobile.tryParse(raw).map(SaudiMobile::e164).orElse(raw.strip());
    }

    private static SiteFormKind kind(String path) {
        return SiteFormKind.ofPath(path).orElseThrow(() -> new RecordNotFoundException("form", path));
    }
}
