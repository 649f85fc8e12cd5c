package sa.silah.privacy.web;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.privacy.DataSubjectRequest;
import sa.silah.privacy.DataSubjectRequestFilter;
import sa.silah.privacy.DataSubjectRequestStateException;
import sa.silah.privacy.DataSubjectRequestStatus;
import sa.silah.privacy.DataSubjectRequests;
import sa.silah.privacy.DataSubjectRight;
import sa.silah.privacy.HandedOverCopy;
import sa.silah.privacy.IdentityVerification;
import sa.silah.privacy.RefusalReason;
import sa.silah.shared.Channel;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The officers' pages of data-subject requests: the list with its filters, opening a request for a beneficiary, and
 * the request with its clock and the actions its status allows — verify identity, extend once, complete, refuse —
 * and the copy handed over.
 */
@Controller
@RequestMapping("/privacy/requests")
class DataSubjectRequestController {

    private static final int PAGE_SIZE = 25;

    private final DataSubjectRequests requests;
    private final BeneficiaryRegistry registry;
    private final Clock clock;

    DataSubjectRequestController(DataSubjectRequests requests, BeneficiaryRegistry registry, Clock clock) {
        this.requests = requests;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) DataSubjectRequestStatus status,
            @RequestParam(required = false) DataSubjectRight right, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID beneficiary, @RequestParam(defaultValue = "0") int page, Model model) {
        DataSubjectRequestFilter filter = new DataSubjectRequestFilter(status, right, overdue, beneficiary);
        Page<DataSubjectRequest> found = requests.list(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("requests", found);
        model.addAttribute("names", registry.namesOf(found.map(DataSubjectRequest::getBeneficiaryId).getContent()));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DataSubjectRequestStatus.values());
        model.addAttribute("rights", DataSubjectRight.values());
        model.addAttribute("now", clock.instant());
        return "privacy/requests";
    }

    @GetMapping("/new")
    String newRequest(@RequestParam(required = false) UUID beneficiary, Model model) {
        OpenRequestForm form = new OpenRequestForm();
        form.setBeneficiaryId(beneficiary);
        return showNew(form, model);
    }

    @PostMapping
    String open(@ModelAttribute("form") OpenRequestForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        Optional<UUID> beneficiaryId = beneficiaryOf(form, result);
        if (beneficiaryId.isPresent() && !result.hasErrors()) {
            try {
                DataSubjectRequest opened = requests.open(beneficiaryId.get(), form.getRight(), form.getDetails(),
                        form.getChannel(), principal.getName());
                redirect.addFlashAttribute("message", "dataSubjectRequest.opened");
                return "redirect:/privacy/requests/" + opened.getReference();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showNew(form, model);
    }

    @GetMapping("/{reference}")
    String view(@PathVariable String reference, Model model) {
        return show(requests.get(reference), new RequestActionForm(), model);
    }

    @PostMapping("/{reference}/verify")
    String verify(@PathVariable String reference, @ModelAttribute("action") RequestActionForm form,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        return act(reference, form, result, model, redirect, "dataSubjectRequest.verified",
                ref -> requests.verifyIdentity(ref, form.getMethod(), form.getVerificationNote(), principal.getName()));
    }

    @PostMapping("/{reference}/extend")
    String extend(@PathVariable String reference, @ModelAttribute("action") RequestActionForm form,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        return act(reference, form, result, model, redirect, "dataSubjectRequest.extended",
                ref -> requests.extend(ref, form.getExtensionReason(), principal.getName()));
    }

    @PostMapping("/{reference}/complete")
    String complete(@PathVariable String reference, @ModelAttribute("action") RequestActionForm form,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        return act(reference, form, result, model, redirect, null,
                ref -> requests.complete(ref, form.getResponse(), principal.getName()));
    }

    @PostMapping("/{reference}/refuse")
    String refuse(@PathVariable String reference, @ModelAttribute("action") RequestActionForm form,
            BindingResult result, Principal principal, Model model, RedirectAttributes redirect) {
        if (form.getRefusalReason() == RefusalReason.LEGAL_HOLD) {
            // A legal hold is recorded by the destruction that meets it, not chosen.
            form.setRefusalReason(null);
        }
        return act(reference, form, result, model, redirect, "dataSubjectRequest.refused",
                ref -> requests.refuse(ref, form.getRefusalReason(), form.getRefusalNote(), principal.getName()));
    }

    @GetMapping("/{reference}/copy.json")
    ResponseEntity<byte[]> copyJson(@PathVariable String reference, Principal principal) {
        HandedOverCopy copy = copy(reference, principal);
        return download(copy.json(), MediaType.APPLICATION_JSON, reference + ".json");
    }

    @GetMapping("/{reference}/copy.pdf")
    ResponseEntity<byte[]> copyPdf(@PathVariable String reference, Principal principal) {
        HandedOverCopy copy = copy(reference, principal);
        return download(copy.pdf(), MediaType.APPLICATION_PDF, reference + ".pdf");
    }

    private HandedOverCopy copy(String reference, Principal principal) {
        return requests.copyForOfficer(reference, principal.getName())
                .orElseThrow(() -> new RecordNotFoundException("copy of data-subject request", reference));
    }

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }

    /**
     * Runs an action on the request; a field problem or a rule of its status shows the page again with what was
     * typed, and success goes back to the request with its message (completion's says how it ended).
     */
    private String act(String reference, RequestActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, String messageKey, Function<String, DataSubjectRequest> action) {
        DataSubjectRequest request = requests.get(reference);
        if (!result.hasErrors()) {
            try {
                DataSubjectRequest changed = action.apply(reference);
                redirect.addFlashAttribute("message", messageKey != null ? messageKey
                        : changed.getStatus() == DataSubjectRequestStatus.REFUSED ? "dataSubjectRequest.heldRefused"
                                : "dataSubjectRequest.completed");
                return "redirect:/privacy/requests/" + reference;
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
            catch (DataSubjectRequestStateException refused) {
                model.addAttribute("problem", refused.messageKey());
            }
        }
        return show(request, form, model);
    }

    private String show(DataSubjectRequest request, RequestActionForm form, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("beneficiary", registry.find(request.getBeneficiaryId()).orElse(null));
        model.addAttribute("clock", request.clock(clock.instant()));
        model.addAttribute("mayExtend", request.mayExtend(clock.instant()));
        model.addAttribute("action", form);
        model.addAttribute("methods", IdentityVerification.byOfficer());
        model.addAttribute("refusalReasons", RefusalReason.byOfficer());
        model.addAttribute("hasCopy", request.getStatus() == DataSubjectRequestStatus.COMPLETED
                && request.getRight().handsOverCopy());
        return "privacy/request";
    }

    private String showNew(OpenRequestForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("beneficiary", form.getBeneficiaryId() == null ? null
                : registry.find(form.getBeneficiaryId()).orElse(null));
        model.addAttribute("rights", DataSubjectRight.values());
        model.addAttribute("channels", Channel.values());
        return "privacy/request-form";
    }

    /** The beneficiary chosen on their page, or the only one the typed identifier finds. */
    private Optional<UUID> beneficiaryOf(OpenRequestForm form, BindingResult result) {
        if (form.getBeneficiaryId() != null) {
            Optional<UUID> chosen = registry.find(form.getBeneficiaryId()).map(Beneficiary::getId);
            if (chosen.isEmpty()) {
                result.rejectValue("identifier", "dataSubjectRequest.beneficiary.notFound");
            }
            return chosen;
        }
        if (form.getIdentifier() == null || form.getIdentifier().isBlank()) {
            result.rejectValue("identifier", "dataSubjectRequest.beneficiary.required");
            return Optional.empty();
        }
        Page<Beneficiary> found = registry.search(form.getIdentifier().strip(), PageRequest.of(0, 2));
        if (found.getTotalElements() != 1) {
            result.rejectValue("identifier", found.getTotalElements() == 0 ? "dataSubjectRequest.beneficiary.notFound"
                    : "dataSubjectRequest.beneficiary.several");
            return Optional.empty();
        }
        return Optional.of(found.getContent().get(0).getId());
    }
}
