package sa.silah.outreach.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.outreach.RuleSetting;
import sa.silah.outreach.StandingRule;
import sa.silah.outreach.StandingRules;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Managers and administrators read the standing outreach rules and switch each one that outreach runs on or off or
 * change its threshold; the assessment reminder is shown with its setting, which lives with the needs assessment.
 */
@Controller
@RequestMapping("/outreach/rules")
class OutreachRulesController {

    private static final String FORM = "outreachRule";

    private final StandingRules rules;

    OutreachRulesController(StandingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("settings", rules.settings());
        return "outreach/rules";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        RuleSetting setting = rules.setting(editable(code));
        return form(setting, OutreachRuleForm.of(setting), model);
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @ModelAttribute(FORM) OutreachRuleForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        StandingRule rule = editable(code);
        if (result.hasErrors()) {
            return form(rules.setting(rule), form, model);
        }
        try {
            rules.change(code, form.isEnabled(), form.getThreshold());
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
            return form(rules.setting(rule), form, model);
        }
        redirect.addFlashAttribute("message", "outreach.rule.saved");
        return "redirect:/outreach/rules";
    }

    /** A rule this page edits: another module's rule has no form here. */
    private static StandingRule editable(String code) {
        return StandingRule.of(code).filter(StandingRule::isRunHere)
                .orElseThrow(() -> new RecordNotFoundException("outreach rule", code));
    }

    private static String form(RuleSetting setting, OutreachRuleForm form, Model model) {
        model.addAttribute("setting", setting);
        model.addAttribute(FORM, form);
        return "outreach/rule-form";
    }
}
