package sa.silah.satisfaction.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

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

import sa.silah.casework.RequestKind;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.satisfaction.Measure;
import sa.silah.satisfaction.QuestionType;
import sa.silah.satisfaction.Survey;
import sa.silah.satisfaction.SurveyAssignment;
import sa.silah.satisfaction.SurveyCatalog;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Administrators write the surveys (every change a new version, so that answers keep the questions they
 * answered) and choose which survey the requests of a service or a kind get.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyAdminController {

    private final SurveyCatalog catalog;
    private final ServiceCatalog services;

    SurveyAdminController(SurveyCatalog catalog, ServiceCatalog services) {
        this.catalog = catalog;
        this.services = services;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("surveys", catalog.current());
        return "satisfaction/surveys";
    }

    @GetMapping("/new")
    String newSurvey(Model model) {
        return showForm(null, SurveyForm.blank(), model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SurveyForm form, BindingResult result, RowAction rowAction,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (!rowAction.applyTo(form)) {
            try {
                Survey survey = catalog.create(form.getCode(), form.toDefinition(), principal.getName());
                redirect.addFlashAttribute("message", "survey.created.message");
                return "redirect:/admin/surveys/" + survey.getCode() + "/versions";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(null, form, model);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        return showForm(code, SurveyForm.of(code, current(code).definition()), model);
    }

    @PostMapping("/{code}/edit")
    String revise(@PathVariable String code, @ModelAttribute("form") SurveyForm form, BindingResult result,
            RowAction rowAction, Principal principal, Model model, RedirectAttributes redirect) {
        current(code);
        form.setCode(code);
        if (!rowAction.applyTo(form)) {
            try {
                catalog.revise(code, form.toDefinition(), principal.getName());
                redirect.addFlashAttribute("message", "survey.revised");
                return "redirect:/admin/surveys/" + code + "/versions";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(code, form, model);
    }

    @GetMapping("/{code}/versions")
    String versions(@PathVariable String code, Model model) {
        List<Survey> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new RecordNotFoundException("survey", code);
        }
        model.addAttribute("code", code);
        model.addAttribute("versions", versions);
        return "satisfaction/survey-versions";
    }

    @GetMapping("/{code}/versions/{id}")
    String version(@PathVariable String code, @PathVariable long id, Model model) {
        Survey survey;
        try {
            survey = catalog.version(id);
        }
        catch (NoSuchElementException missing) {
            throw new RecordNotFoundException("survey version", id);
        }
        if (!survey.getCode().equals(code)) {
            throw new RecordNotFoundException("survey version", id);
        }
        model.addAttribute("survey", survey);
        return "satisfaction/survey-version";
    }

    @GetMapping("/assignments")
    String assignments(Model model, Locale locale) {
        return showAssignments(null, model, locale);
    }

    @PostMapping("/assignments")
    String assign(@RequestParam(required = false) Long serviceId, @RequestParam(required = false) RequestKind kind,
            @RequestParam(required = false) String surveyCode, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            catalog.assign(serviceId, kind, surveyCode);
            redirect.addFlashAttribute("message", "survey.assignment.saved");
            return "redirect:/admin/surveys/assignments";
        }
        catch (InvalidFieldsException invalid) {
            return showAssignments(invalid.problems(), model, locale);
        }
    }

    @PostMapping("/assignments/{id}/remove")
    String unassign(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            catalog.unassign(id);
            redirect.addFlashAttribute("message", "survey.assignment.removed");
            return "redirect:/admin/surveys/assignments";
        }
        catch (NoSuchElementException missing) {
            throw new RecordNotFoundException("survey assignment", id);
        }
        catch (InvalidFieldsException invalid) {
            return showAssignments(invalid.problems(), model, locale);
        }
    }

    /** The assignments page; {@code problems} is null unless a change was refused. */
    private String showAssignments(List<FieldProblem> problems, Model model, Locale locale) {
        List<SurveyAssignment> assignments = catalog.assignments();
        model.addAttribute("assignments", assignments);
        model.addAttribute("serviceNames", services.byId(assignments.stream().map(SurveyAssignment::getServiceId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(ServiceOffering::getId, service -> service.name(locale))));
        model.addAttribute("services", services.active());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("surveys", catalog.current());
        model.addAttribute("problems", problems);
        return "satisfaction/assignments";
    }

    private Survey current(String code) {
        try {
            return catalog.current(code);
        }
        catch (NoSuchElementException missing) {
            throw new RecordNotFoundException("survey", code);
        }
    }

    private String showForm(String code, SurveyForm form, Model model) {
        model.addAttribute("editing", code);
        model.addAttribute("form", form);
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("measures", Arrays.asList(Measure.values()));
        return "satisfaction/survey-form";
    }

    /**
     * The button pressed when it was not save: add a row, or remove or move row n. Bound from the request
     * parameters {@code action}, {@code remove}, {@code up} and {@code down}.
     */
    record RowAction(String action, Integer remove, Integer up, Integer down) {

        /** Applies a row change to the form; false when the button was save. */
        boolean applyTo(SurveyForm form) {
            if ("add".equals(action)) {
                form.addRow();
            } else if (remove != null) {
                form.removeRow(remove);
            } else if (up != null) {
                form.moveRow(up, -1);
            } else if (down != null) {
                form.moveRow(down, 1);
            } else {
                return false;
            }
            return true;
        }
    }
}
