package sa.silah.casework.web;

import java.security.Principal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.CallOutcome;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Direction;
import sa.silah.casework.InteractionType;
import sa.silah.casework.Request;
import sa.silah.casework.SocialPlatform;
import sa.silah.shared.Channel;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Recording contacts on a timeline, the beneficiary's or a request's: any contact, a social media message, or a call
 * logged in two clicks (the button brings the form filled in; saving is the second click). A refused form comes back
 * on a page of its own with each problem beside its field, because the timeline it was sent from is a fragment.
 */
@Controller
@RequestMapping("/requests")
class ContactController {

    private final Casework casework;
    private final BeneficiaryRegistry registry;

    ContactController(Casework casework, BeneficiaryRegistry registry) {
        this.casework = casework;
        this.registry = registry;
    }

    /** Where a contact form is sent and where the officer returns: a beneficiary's or a request's timeline. */
    record Target(String title, String action, String back) {
    }

    @PostMapping("/beneficiary/{beneficiaryId}/interactions")
    String recordOnBeneficiary(@PathVariable UUID beneficiaryId, @ModelAttribute("contact") ContactForm contact,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        return record(beneficiaryTarget(beneficiary(beneficiaryId)), contact, result, model, redirect,
                () -> casework.recordInteraction(beneficiaryId, contact.toNewInteraction(), caseworker));
    }

    @PostMapping("/{referenceNumber}/interactions")
    String recordOnRequest(@PathVariable String referenceNumber, @ModelAttribute("contact") ContactForm contact,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        Caseworker caseworker = casework.caseworker(principal.getName());
        return record(requestTarget(casework.find(referenceNumber, caseworker)), contact, result, model, redirect,
                () -> casework.recordInteraction(referenceNumber, contact.toNewInteraction(), caseworker));
    }

    @GetMapping("/beneficiary/{beneficiaryId}/calls/new")
    String newCallForBeneficiary(@PathVariable UUID beneficiaryId, Model model) {
        Beneficiary beneficiary = beneficiary(beneficiaryId);
        return callPage(beneficiaryTarget(beneficiary), beneficiary.getMobile(), model);
    }

    @HxRequest
    @GetMapping("/beneficiary/{beneficiaryId}/calls/new")
    String newCallForBeneficiaryInline(@PathVariable UUID beneficiaryId, Model model) {
        newCallForBeneficiary(beneficiaryId, model);
        return "casework/timeline :: callForm";
    }

    @GetMapping("/{referenceNumber}/calls/new")
    String newCallForRequest(@PathVariable String referenceNumber, Principal principal, Model model) {
        Request request = casework.find(referenceNumber, casework.caseworker(principal.getName()));
        String mobile = request.getBeneficiaryId() == null ? null : beneficiary(request.getBeneficiaryId()).getMobile();
        return callPage(requestTarget(request), mobile, model);
    }

    @HxRequest
    @GetMapping("/{referenceNumber}/calls/new")
    String newCallForRequestInline(@PathVariable String referenceNumber, Principal principal, Model model) {
        newCallForRequest(referenceNumber, principal, model);
        return "casework/timeline :: callForm";
    }

    private String record(Target target, ContactForm contact, BindingResult result, Model model,
            RedirectAttributes redirect, Runnable action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("message", "interaction.recorded");
                return "redirect:" + target.back();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(onThisForm(invalid), result);
            }
        }
        return page(target, contact, model);
    }

    /** The form asks for minutes where the timeline keeps seconds. */
    private static InvalidFieldsException onThisForm(InvalidFieldsException invalid) {
        return new InvalidFieldsException(invalid.problems().stream()
                .map(problem -> problem.field().equals("durationSeconds")
                        ? new FieldProblem("durationMinutes", problem.messageKey()) : problem)
                .toList());
    }

    private String callPage(Target target, String mobile, Model model) {
        return page(target, ContactForm.call(mobile), model);
    }

    private String page(Target target, ContactForm contact, Model model) {
        model.addAttribute("target", target);
        model.addAttribute("contact", contact);
        addChoices(model);
        return "casework/contact";
    }

    /** The pick lists of the contact forms. */
    static void addChoices(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("interactionTypes", InteractionType.values());
        model.addAttribute("platforms", SocialPlatform.values());
        model.addAttribute("outcomes", CallOutcome.values());
    }

    private static Target beneficiaryTarget(Beneficiary beneficiary) {
        return new Target(beneficiary.getFullName(), "/requests/beneficiary/" + beneficiary.getId() + "/interactions",
                "/beneficiaries/" + beneficiary.getId());
    }

    private static Target requestTarget(Request request) {
        String ref = request.getReferenceNumber();
        return new Target(ref + " — " + request.getSubject(), "/requests/" + ref + "/interactions", "/requests/" + ref);
    }

    private Beneficiary beneficiary(UUID id) {
        return registry.find(id).orElseThrow(() -> new RecordNotFoundException("beneficiary", id));
    }
}
