package sa.silah.eligibility.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.eligibility.Eligibility;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/** The eligibility section of a service's admin pages: the rules beyond the segments, which the service page keeps. */
@Controller
@RequestMapping("/admin/services/{code}/eligibility")
class EligibilityAdminController {

    private final Eligibility eligibility;
    private final ServiceCatalog services;
    private final SegmentCatalog segments;

    EligibilityAdminController(Eligibility eligibility, ServiceCatalog services, SegmentCatalog segments) {
        this.eligibility = eligibility;
        this.services = services;
        this.segments = segments;
    }

    @GetMapping
    String edit(@PathVariable String code, Model model) {
        return show(services.getByCode(code), EligibilityForm.of(eligibility.criteriaOf(code)), model);
    }

    @PostMapping
    String save(@PathVariable String code, @ModelAttribute("form") EligibilityForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        ServiceOffering service = services.getByCode(code);
        try {
            eligibility.change(code, form.toCriteria(), principal.getName());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return show(service, form, model);
        }
        redirect.addFlashAttribute("message", "eligibility.saved");
        return "redirect:/admin/services/" + service.getCode() + "/eligibility";
    }

    private String show(ServiceOffering service, EligibilityForm form, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("needLevels", NeedLevel.values());
        model.addAttribute("segments", segments.all().stream()
                .filter(segment -> service.getEligibleSegments().contains(segment.getCode())).toList());
        return "eligibility/admin";
    }
}
