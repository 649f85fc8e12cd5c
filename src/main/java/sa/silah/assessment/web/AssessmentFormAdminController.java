package sa.silah.assessment.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.domain.Page;
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

import sa.silah.assessment.AssessmentForm;
import sa.silah.assessment.IncomeRole;
import sa.silah.assessment.NeedAssessments;
import sa.silah.assessment.QuestionType;
import sa.silah.assessment.ScoreSource;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The administrator's form designer: the forms with their current version, each form's versions (read-only), a new
 * form, and editing a form, which writes its next version and never changes one already written. The scoring page
 * reads the rules in plain words.
 */
@Controller
@RequestMapping("/admin/assessment-forms")
class AssessmentFormAdminController {

    private static final int VERSIONS_PAGE = 20;

    private final NeedAssessments assessments;
    private final ScoringWords words;

    AssessmentFormAdminController(NeedAssessments assessments, ScoringWords words) {
        this.assessments = assessments;
        this.words = words;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("forms", assessments.currentForms());
        return "assessment/forms";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        return showForm(null, FormDesign.blank(), model, locale);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") FormDesign form, BindingResult result, RowAction rowAction,
            Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        if (!rowAction.applyTo(form) && !result.hasErrors()) {
            try {
                AssessmentForm created = assessments.createForm(form.getCode(), form.toDefinition(),
                        principal.getName());
                redirect.addFlashAttribute("message", "assessmentForm.created");
                return "redirect:/admin/assessment-forms/" + created.getCode() + "/versions";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(null, form, model, locale);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model, Locale locale) {
        return showForm(code, FormDesign.of(code, assessments.currentForm(code).definition()), model, locale);
    }

    @PostMapping("/{code}/edit")
    String revise(@PathVariable String code, @ModelAttribute("form") FormDesign form, BindingResult result,
            RowAction rowAction, Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        assessments.currentForm(code);
        form.setCode(code);
        if (!rowAction.applyTo(form) && !result.hasErrors()) {
            try {
                assessments.saveForm(code, form.toDefinition(), principal.getName());
                redirect.addFlashAttribute("message", "assessmentForm.revised");
                return "redirect:/admin/assessment-forms/" + code + "/versions";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(code, form, model, locale);
    }

    @GetMapping("/{code}/versions")
    String versions(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<AssessmentForm> versions = assessments.versions(code, PageRequest.of(Math.max(page, 0), VERSIONS_PAGE));
        if (versions.getTotalElements() == 0) {
            throw new RecordNotFoundException("assessment form", code);
        }
        model.addAttribute("code", code);
        model.addAttribute("versions", versions);
        return "assessment/form-versions";
    }

    @GetMapping("/{code}/versions/{id}")
    String version(@PathVariable String code, @PathVariable UUID id, Model model, Locale locale) {
        AssessmentForm form = assessments.form(id);
        if (!form.getCode().equals(code)) {
            throw new RecordNotFoundException("assessment form", id);
        }
        return showScoring(form, model, locale, "assessment/form-version");
    }

    /** How the score of the current version is computed, rule by rule: no black box. */
    @GetMapping("/{code}/scoring")
    String scoring(@PathVariable String code, Model model, Locale locale) {
        return showScoring(assessments.currentForm(code), model, locale, "assessment/form-scoring");
    }

    private String showScoring(AssessmentForm form, Model model, Locale locale, String view) {
        model.addAttribute("form", form);
        model.addAttribute("definition", form.definition());
        model.addAttribute("ruleLines", words.rules(form.definition(), locale));
        return view;
    }

    private String showForm(String code, FormDesign form, Model model, Locale locale) {
        model.addAttribute("editing", code);
        model.addAttribute("ruleWords", words.conditions(form.toDefinition(), locale));
        model.addAttribute("form", form);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("incomeRoles", Arrays.asList(IncomeRole.values()));
        model.addAttribute("sources", ScoreSource.values());
        return "assessment/form-design";
    }

    /**
     * The button pressed when it was not save: add a question or a rule, or remove or move row n of either. Bound
     * from the request parameters of those buttons.
     */
    record RowAction(String action, Integer removeQuestion, Integer upQuestion, Integer downQuestion,
            Integer removeRule, Integer upRule, Integer downRule) {

        /** Applies a row change to the form; false when the button was save. */
        boolean applyTo(FormDesign form) {
            if ("addQuestion".equals(action)) {
                form.getQuestions().add(new FormDesign.QuestionRow());
            } else if ("addRule".equals(action)) {
                form.getRules().add(new FormDesign.RuleRow());
            } else if (removeQuestion != null || upQuestion != null || downQuestion != null) {
                FormDesign.change(form.getQuestions(), removeQuestion, upQuestion, downQuestion);
            } else if (removeRule != null || upRule != null || downRule != null) {
                FormDesign.change(form.getRules(), removeRule, upRule, downRule);
            } else {
                return false;
            }
            return true;
        }
    }
}
