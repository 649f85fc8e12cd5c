package sa.silah.notification.web;

import java.security.Principal;

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

import sa.silah.notification.NotificationTemplate;
import sa.silah.notification.SmsSegments;
import sa.silah.notification.TemplateLibrary;
import sa.silah.notification.TemplateText;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Administrators edit the message texts. An SMS text shows how many parts it costs, recounted with htmx
 * while the administrator types; a placeholder Silah does not know is refused on the field.
 */
@Controller
@RequestMapping("/admin/notification-templates")
class TemplateAdminController {

    private static final int PAGE_SIZE = 30;

    private final TemplateLibrary templates;

    TemplateAdminController(TemplateLibrary templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("templates", templates.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "notification/templates";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        NotificationTemplate template = templates.get(id);
        return form(template, TemplateForm.of(template), model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") TemplateForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        try {
            templates.edit(id, form.getSubject(), form.getBody(), form.getWhatsappTemplate(), principal.getName());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return form(templates.get(id), form, model);
        }
        redirect.addFlashAttribute("message", "notificationTemplate.saved");
        return "redirect:/admin/notification-templates";
    }

    /** The SMS part count of the text being typed; htmx swaps it in under the text box. */
    @GetMapping("/segments")
    String segments(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("segments", SmsSegments.of(body));
        return "notification/template-form :: segments";
    }

    private static String form(NotificationTemplate template, TemplateForm form, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("segments", SmsSegments.of(form.getBody()));
        model.addAttribute("placeholders", TemplateText.PLACEHOLDERS.stream().sorted().toList());
        return "notification/template-form";
    }
}
