package sa.silah.letters.web;

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

import sa.silah.letters.LetterTemplateCatalog;
import sa.silah.letters.Placeholders;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/** Administrators reword the templates of outgoing letters; a placeholder that is not known is refused. */
@Controller
@RequestMapping("/admin/letter-templates")
class LetterTemplateAdminController {

    private final LetterTemplateCatalog templates;

    LetterTemplateAdminController(LetterTemplateCatalog templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "letters/templates";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        return showForm(code, LetterTemplateForm.of(templates.get(code).wording()), model);
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") LetterTemplateForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        try {
            templates.reword(code, form.toWording(), principal.getName());
            redirect.addFlashAttribute("message", "letterTemplate.saved");
            return "redirect:/admin/letter-templates";
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        return showForm(code, form, model);
    }

    private String showForm(String code, LetterTemplateForm form, Model model) {
        model.addAttribute("template", templates.get(code));
        model.addAttribute("form", form);
        model.addAttribute("placeholders", Placeholders.KNOWN.stream().map(name -> "{" + name + "}").toList());
        return "letters/template-form";
    }
}
