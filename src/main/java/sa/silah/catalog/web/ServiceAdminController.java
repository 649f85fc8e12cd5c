package sa.silah.catalog.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/** Administrators keep the catalog of services: list, add, change, and take out of use. */
@Controller
@RequestMapping("/admin/services")
class ServiceAdminController {

    private static final int PAGE_SIZE = 25;

    private final ServiceCatalog catalog;
    private final DepartmentManagement departments;
    private final SegmentCatalog segments;

    ServiceAdminController(ServiceCatalog catalog, DepartmentManagement departments, SegmentCatalog segments) {
        this.catalog = catalog;
        this.departments = departments;
        this.segments = segments;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("services", catalog.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "catalog/services";
    }

    @GetMapping("/new")
    String newService(Model model) {
        return showForm(new ServiceForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            catalog.create(form.toDetails());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return showForm(form, null, model);
        }
        catch (DuplicateRecordException duplicate) {
            result.rejectValue(duplicate.field(), duplicate.messageKey());
            catalog.findByCode(duplicate.existingId()).ifPresent(existing -> model.addAttribute("existing", existing));
            return showForm(form, null, model);
        }
        redirect.addFlashAttribute("message", "service.created");
        return "redirect:/admin/services";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return showForm(ServiceForm.of(catalog.detailsOf(id)), catalog.get(id), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ServiceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ServiceOffering service = catalog.get(id);
        form.setCode(service.getCode());
        try {
            catalog.update(id, form.toDetails());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return showForm(form, service, model);
        }
        redirect.addFlashAttribute("message", "service.saved");
        return "redirect:/admin/services";
    }

    private String showForm(ServiceForm form, ServiceOffering service, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("service", service);
        model.addAttribute("departments", departments.all());
        model.addAttribute("segments", segments.all());
        model.addAttribute("durationUnits", DurationUnit.values());
        return "catalog/service-form";
    }
}
