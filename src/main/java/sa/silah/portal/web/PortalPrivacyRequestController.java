package sa.silah.portal.web;

import java.time.Clock;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import sa.silah.portal.PortalBeneficiary;
import sa.silah.privacy.DataSubjectRequest;
import sa.silah.privacy.DataSubjectRequestStatus;
import sa.silah.privacy.DataSubjectRequests;
import sa.silah.privacy.DataSubjectRight;
import sa.silah.privacy.HandedOverCopy;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The signed-in beneficiary's data-subject requests: open one (the sign-in verified who they are), follow each with
 * its status and due date, and download the copy handed over. Only the session's beneficiary's requests are found;
 * another's answers 404.
 */
@Controller
@RequestMapping("/portal/me/privacy-requests")
class PortalPrivacyRequestController {

    /** Who opened a request on the portal, as the request records it: the beneficiary, not a member of staff. */
    static final String PORTAL_USER = "beneficiary";
    private static final int PAGE_SIZE = 10;

    private final DataSubjectRequests requests;
    private final Clock clock;

    PortalPrivacyRequestController(DataSubjectRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalBeneficiary signedIn, @RequestParam(defaultValue = "0") int page,
            Model model) {
        return show(signedIn, new PortalPrivacyRequestForm(), page, model);
    }

    @PostMapping
    String open(@AuthenticationPrincipal PortalBeneficiary signedIn,
            @ModelAttribute("form") PortalPrivacyRequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                DataSubjectRequest opened = requests.openFromPortal(signedIn.beneficiaryId(), form.getRight(),
                        form.getDetails(), PORTAL_USER);
                redirect.addFlashAttribute("message", "portal.privacyRequests.opened");
                return "redirect:/portal/me/privacy-requests/" + opened.getReference();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return show(signedIn, form, 0, model);
    }

    @GetMapping("/{reference}")
    String view(@AuthenticationPrincipal PortalBeneficiary signedIn, @PathVariable String reference, Model model) {
        DataSubjectRequest request = requests.getOwn(reference, signedIn.beneficiaryId());
        model.addAttribute("request", request);
        model.addAttribute("clock", request.clock(clock.instant()));
        model.addAttribute("hasCopy", request.getStatus() == DataSubjectRequestStatus.COMPLETED
                && request.getRight().handsOverCopy());
        return "portal/privacy-request";
    }

    @GetMapping("/{reference}/copy.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PortalBeneficiary signedIn, @PathVariable String reference) {
        return download(copy(signedIn, reference).pdf(), MediaType.APPLICATION_PDF, reference + ".pdf");
    }

    @GetMapping("/{reference}/copy.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal PortalBeneficiary signedIn, @PathVariable String reference) {
        return download(copy(signedIn, reference).json(), MediaType.APPLICATION_JSON, reference + ".json");
    }

    private HandedOverCopy copy(PortalBeneficiary signedIn, String reference) {
        return requests.copyForBeneficiary(reference, signedIn.beneficiaryId())
                .orElseThrow(() -> new RecordNotFoundException("copy of data-subject request", reference));
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }

    private String show(PortalBeneficiary signedIn, PortalPrivacyRequestForm form, int page, Model model) {
        model.addAttribute("requests", requests.ofBeneficiary(signedIn.beneficiaryId(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("form", form);
        model.addAttribute("rights", DataSubjectRight.values());
        model.addAttribute("now", clock.instant());
        return "portal/privacy-requests";
    }
}
