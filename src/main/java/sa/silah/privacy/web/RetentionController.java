package sa.silah.privacy.web;

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

import sa.silah.privacy.Retention;
import sa.silah.privacy.RetentionCategory;
import sa.silah.privacy.RetentionMode;
import sa.silah.privacy.RetentionRule;
import sa.silah.privacy.RetentionRun;
import sa.silah.privacy.RetentionRunRefusedException;
import sa.silah.privacy.RetentionUnit;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Administrators set each retention rule's period and mode, run a dry run whenever they wish, run an active rule
 * now after confirming on a page of its own, and read the report of every run.
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

    private static final int PAGE_SIZE = 20;

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rules", retention.rules());
        model.addAttribute("runs", retention.history(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "privacy/retention";
    }

    @GetMapping("/{category}")
    String edit(@PathVariable RetentionCategory category, Model model) {
        RetentionRule rule = retention.rule(category);
        return form(rule, RetentionRuleForm.of(rule), model);
    }

    @PostMapping("/{category}")
    String save(@PathVariable RetentionCategory category, @ModelAttribute("form") RetentionRuleForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(retention.rule(category), form, model);
        }
        try {
            retention.change(category, form.getPeriodLength(), form.getPeriodUnit(), form.getMode());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return form(retention.rule(category), form, model);
        }
        redirect.addFlashAttribute("message", "retention.rule.saved");
        return "redirect:/admin/retention";
    }

    @PostMapping("/{category}/dry-run")
    String dryRun(@PathVariable RetentionCategory category) {
        return "redirect:/admin/retention/runs/" + retention.dryRun(category).getId();
    }

    /** Asks before a real run, which cannot be undone. */
    @GetMapping("/{category}/run")
    String confirmRun(@PathVariable RetentionCategory category, Model model) {
        model.addAttribute("rule", retention.rule(category));
        return "privacy/retention-run";
    }

    @PostMapping("/{category}/run")
    String run(@PathVariable RetentionCategory category, Model model) {
        try {
            return "redirect:/admin/retention/runs/" + retention.run(category).getId();
        }
        catch (RetentionRunRefusedException refused) {
            model.addAttribute("rule", retention.rule(category));
            model.addAttribute("refusal", refused.getMessageKey());
            return "privacy/retention-run";
        }
    }

    @GetMapping("/runs/{id}")
    String report(@PathVariable long id, Model model) {
        RetentionRun run = retention.report(id);
        model.addAttribute("run", run);
        return "privacy/retention-report";
    }

    private static String form(RetentionRule rule, RetentionRuleForm form, Model model) {
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("units", RetentionUnit.values());
        model.addAttribute("modes", RetentionMode.values());
        return "privacy/retention-form";
    }
}
