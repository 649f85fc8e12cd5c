package sa.silah.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.casework.RequestTransitionException;
import sa.silah.casework.UploadedFile;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.catalog.ServiceOffering;
import sa.silah.portal.PortalBeneficiary;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * "My requests" in the beneficiary's portal: their requests, one request's public story and documents, and what
 * they may do on it (send the documents asked for, write to the officer, cancel it while open), and a new request.
 * Every URL names the request by its reference number and answers 404 unless it is the signed-in beneficiary's own.
 * Plain forms and redirects: everything works without JavaScript.
 */
@Controller
@RequestMapping("/portal/requests")
class PortalRequestController {

    private static final int PAGE_SIZE = 10;

    private final Casework casework;
    private final ServiceCatalog services;

    PortalRequestController(Casework casework, ServiceCatalog services) {
        this.casework = casework;
        this.services = services;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PortalBeneficiary me, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<Request> requests = casework.requestsOfBeneficiary(me.beneficiaryId(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("requests", requests);
        model.addAttribute("services", services.byId(requests.stream().map(Request::getServiceId)
                .filter(Objects::nonNull).distinct().toList()));
        return "portal/requests";
    }

    @GetMapping("/new")
    String newRequest(@AuthenticationPrincipal PortalBeneficiary me,
            @RequestParam(name = "serviceCode", required = false) String serviceCode, Model model) {
        if (!model.containsAttribute("form")) {
            NewRequestForm form = new NewRequestForm();
            form.setServiceCode(serviceCode);
            model.addAttribute("form", form);
        }
        model.addAttribute("catalog", services.publicServices());
        return "portal/new-request";
    }

    @PostMapping("/new")
    String submit(@AuthenticationPrincipal PortalBeneficiary me, @ModelAttribute("form") NewRequestForm form,
            BindingResult result, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        try (InputStream content = chosen(file) ? file.getInputStream() : null) {
            Request request = casework.submitByBeneficiary(me.beneficiaryId(), form.toRequest(),
                    content == null ? null : new UploadedFile(file.getOriginalFilename(), content));
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/portal/requests/" + request.getReferenceNumber();
        }
        catch (InvalidFieldsException invalid) {
            List<FieldProblem> fileProblems = invalid.problems().stream().filter(p -> p.field().equals("file")).toList();
            List<FieldProblem> formProblems = invalid.problems().stream().filter(p -> !p.field().equals("file")).toList();
            FormErrors.bind(new InvalidFieldsException(formProblems), result);
            if (!fileProblems.isEmpty()) {
                model.addAttribute("fileProblems", fileProblems);
            }
            model.addAttribute("fileChosen", chosen(file));
        }
        return newRequest(me, null, model);
    }

    @GetMapping("/{referenceNumber}")
    String view(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable String referenceNumber, Model model) {
        Request request = owned(me, referenceNumber);
        model.addAttribute("request", request);
        model.addAttribute("service", request.getServiceId() == null ? null : services.get(request.getServiceId()));
        model.addAttribute("timeline", casework.publicTimelineOf(request));
        model.addAttribute("documents", casework.documentsOf(referenceNumber, me.beneficiaryId()));
        return "portal/request";
    }

    @GetMapping("/{referenceNumber}/documents/{documentId}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal PortalBeneficiary me,
            @PathVariable String referenceNumber, @PathVariable UUID documentId) {
        return casework.documentOf(referenceNumber, me.beneficiaryId(), documentId).toResponseEntity();
    }

    @PostMapping("/{referenceNumber}/documents")
    String upload(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable String referenceNumber,
            @RequestParam(name = "file", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(PortalRequestController::chosen).toList();
        List<InputStream> opened = new ArrayList<>();
        try {
            List<UploadedFile> uploads = new ArrayList<>();
            for (MultipartFile file : chosen) {
                InputStream content = file.getInputStream();
                opened.add(content);
                uploads.add(new UploadedFile(file.getOriginalFilename(), content));
            }
            casework.uploadByBeneficiary(referenceNumber, me.beneficiaryId(), uploads);
            redirect.addFlashAttribute("message", "portal.documents.saved");
            return "redirect:/portal/requests/" + referenceNumber;
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("fileProblems", invalid.problems());
        }
        catch (RequestTransitionException refused) {
            model.addAttribute("fileProblems", List.of(new FieldProblem("file", refused.messageKey())));
        }
        finally {
            opened.forEach(PortalRequestController::closeQuietly);
        }
        return view(me, referenceNumber, model);
    }

    @PostMapping("/{referenceNumber}/replies")
    String reply(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable String referenceNumber,
            @RequestParam(required = false) String message, Model model, RedirectAttributes redirect) {
        try {
            casework.replyByBeneficiary(referenceNumber, me.beneficiaryId(), message);
            redirect.addFlashAttribute("message", "portal.reply.saved");
            return "redirect:/portal/requests/" + referenceNumber;
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("replyProblems", invalid.problems());
            model.addAttribute("replyText", message);
        }
        return view(me, referenceNumber, model);
    }

    @PostMapping("/{referenceNumber}/cancellation")
    String cancel(@AuthenticationPrincipal PortalBeneficiary me, @PathVariable String referenceNumber,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            casework.cancelByBeneficiary(referenceNumber, me.beneficiaryId(), reason);
            redirect.addFlashAttribute("message", "portal.cancel.saved");
            return "redirect:/portal/requests/" + referenceNumber;
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("cancelProblems", invalid.problems());
        }
        catch (RequestTransitionException refused) {
            model.addAttribute("cancelProblems", List.of(new FieldProblem("reason", refused.messageKey())));
        }
        model.addAttribute("cancelReason", reason);
        return view(me, referenceNumber, model);
    }

    private Request owned(PortalBeneficiary me, String referenceNumber) {
        return casework.ownedBy(referenceNumber, me.beneficiaryId())
                .orElseThrow(() -> new RecordNotFoundException("request", referenceNumber));
    }

    /** A browser sends an empty part with an empty name for a file field left empty. */
    private static boolean chosen(MultipartFile file) {
        return file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        }
        catch (IOException ignored) {
            // The upload's temporary part is removed by the container at the end of the request anyway.
        }
    }
}
