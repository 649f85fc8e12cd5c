package sa.silah.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Caseworker;
import sa.silah.casework.Interaction;
import sa.silah.casework.Priority;
import sa.silah.casework.Request;
import sa.silah.casework.RequestKind;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.eligibility.Eligibility;
import sa.silah.shared.Channel;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The officer's intake page, the policy's four steps while the beneficiary is in front of them or on the
 * phone: (1) find the beneficiary, record the inquiry and the answer given; (2) see the expected completion
 * time, and change it only with a reason; (3) make sure there is a way to reach them; (4) submit, and read
 * out the reference number and the expected date.
 */
@Controller
@RequestMapping("/intake")
class IntakeController {

    private final Casework casework;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final Eligibility eligibility;
    private final IntakeSubmission submission;

    IntakeController(Casework casework, BeneficiaryRegistry registry, ServiceCatalog services, Eligibility eligibility,
            IntakeSubmission submission) {
        this.casework = casework;
        this.registry = registry;
        this.services = services;
        this.eligibility = eligibility;
        this.submission = submission;
    }

    @GetMapping
    String intake(@RequestParam(required = false) UUID beneficiary, @RequestParam(required = false) String q,
            @ModelAttribute("form") IntakeForm form, Model model) {
        if (beneficiary != null) {
            form.setBeneficiaryId(beneficiary);
        }
        if (form.getFromInteraction() != null) {
            startFrom(form);
        }
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("matches", registry.search(q, PageRequest.of(0, 10)).getContent());
        }
        return showForm(form, model);
    }

    /** Step two, live: the due time the calendar promises for the kind and service chosen. */
    @HxRequest
    @GetMapping("/due")
    String expectedDue(@RequestParam(required = false) RequestKind kind,
            @RequestParam(required = false) String serviceCode, Model model) {
        model.addAttribute("expectedDueAt", casework.expectedDueAt(kind, serviceCode));
        return "casework/intake :: expectedDue";
    }

    @PostMapping
    String submit(@ModelAttribute("form") IntakeForm form, BindingResult result, Principal principal, Model model) {
        if (!result.hasErrors()) {
            try {
                Caseworker caseworker = casework.caseworker(principal.getName());
                Request request = submission.submit(form, caseworker);
                model.addAttribute("request", request);
                model.addAttribute("service", request.getServiceId() == null ? null : services.get(request.getServiceId()));
                return "casework/submitted";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
                invalid.problems().stream().filter(problem -> problem.field().equals(Eligibility.OVERRIDE_FIELD))
                        .findFirst().ifPresent(problem -> model.addAttribute("overrideError", problem.messageKey()));
            }
        }
        return showForm(form, model);
    }

    /**
     * A request opened from a message on the timeline starts with the message: its beneficiary, its channel and its
     * text. The text is read here rather than passed in the link, so that it never appears in an access log.
     */
    private void startFrom(IntakeForm form) {
        casework.findInteraction(form.getFromInteraction())
                .filter(Interaction::mayOpenRequest)
                .ifPresentOrElse(contact -> {
                    form.setBeneficiaryId(contact.getBeneficiaryId());
                    form.setChannel(contact.getChannel());
                    if (form.getDescription() == null) {
                        form.setDescription(contact.getSummary());
                    }
                }, () -> form.setFromInteraction(null));
    }

    private String showForm(IntakeForm form, Model model) {
        if (form.getBeneficiaryId() != null) {
            registry.find(form.getBeneficiaryId()).ifPresent(b -> model.addAttribute("beneficiary", b));
        }
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("services", services.active());
        eligibility.find(form.getBeneficiaryId(), form.getServiceCode())
                .ifPresent(decision -> model.addAttribute("decision", decision));
        model.addAttribute("overrideReason", form.getEligibilityOverrideReason());
        Instant expected = casework.expectedDueAt(form.getKind(), form.getServiceCode());
        model.addAttribute("expectedDueAt", expected);
        model.addAttribute("matches", model.getAttribute("matches") == null ? List.of() : model.getAttribute("matches"));
        return "casework/intake";
    }
}
