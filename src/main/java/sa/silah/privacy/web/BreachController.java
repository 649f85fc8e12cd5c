package sa.silah.privacy.web;

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

import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachRegister;
import sa.silah.privacy.BreachRiskLevel;
import sa.silah.privacy.BreachTransitionException;
import sa.silah.privacy.DataCategory;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The breach register: the administrator records a breach as soon as it is discovered, then who was notified, and
 * contains and closes it; managers read it. Every page shows the 72-hour clock.
 */
@Controller
@RequestMapping("/privacy/breaches")
class BreachController {

    private static final int PAGE_SIZE = 20;

    private final BreachRegister register;

    BreachController(BreachRegister register) {
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("breaches", register.page(page, PAGE_SIZE));
        model.addAttribute("now", register.now());
        return "privacy/breaches";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("breach", register.get(id));
        model.addAttribute("now", register.now());
        return "privacy/breach";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(null, new BreachForm(), model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(id, BreachForm.of(register.get(id)), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") BreachForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Breach breach = register.record(form.toDetails());
                redirect.addFlashAttribute("message", "privacy.breach.recorded");
                return "redirect:/privacy/breaches/" + breach.getId();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return form(null, form, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") BreachForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        register.get(id);
        if (!result.hasErrors()) {
            try {
                register.change(id, form.toDetails());
                redirect.addFlashAttribute("message", "privacy.breach.saved");
                return "redirect:/privacy/breaches/" + id;
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
            catch (BreachTransitionException refused) {
                result.reject(refused.messageKey());
            }
        }
        return form(id, form, model);
    }

    @GetMapping("/{id}/notification")
    String notificationForm(@PathVariable long id, Model model) {
        Breach breach = register.get(id);
        return notification(breach, BreachNotificationForm.of(breach), model);
    }

    @PostMapping("/{id}/notification")
    String recordNotification(@PathVariable long id, @ModelAttribute("form") BreachNotificationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Breach breach = register.get(id);
        if (!result.hasErrors()) {
            try {
                register.recordNotification(id, form.toNotification());
                redirect.addFlashAttribute("message", "privacy.breach.notificationRecorded");
                return "redirect:/privacy/breaches/" + id;
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
            catch (BreachTransitionException refused) {
                result.reject(refused.messageKey());
            }
        }
        return notification(breach, form, model);
    }

    @PostMapping("/{id}/contain")
    String contain(@PathVariable long id, RedirectAttributes redirect) {
        return move(id, () -> register.contain(id), "privacy.breach.contained", redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return move(id, () -> register.close(id), "privacy.breach.closedNow", redirect);
    }

    private String move(long id, Runnable transition, String done, RedirectAttributes redirect) {
        try {
            transition.run();
            redirect.addFlashAttribute("message", done);
        }
        catch (BreachTransitionException refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/privacy/breaches/" + id;
    }

    private String form(Long id, BreachForm form, Model model) {
        model.addAttribute("breachId", id);
        model.addAttribute("form", form);
        model.addAttribute("riskLevels", BreachRiskLevel.values());
        model.addAttribute("categories", DataCategory.values());
        if (id != null) {
            model.addAttribute("breach", register.get(id));
        }
        return "privacy/breach-form";
    }

    private String notification(Breach breach, BreachNotificationForm form, Model model) {
        model.addAttribute("breach", breach);
        model.addAttribute("form", form);
        model.addAttribute("now", register.now());
        return "privacy/breach-notification";
    }
}
