package sa.silah.knowledge.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.knowledge.DocumentType;
import sa.silah.knowledge.KnowledgeDocument;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.KnowledgeLibrary.Upload;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The library's documents: the list, adding one with its first file, a document's page with its description
 * (editable by managers), its versions to download and the upload of a new version.
 */
@Controller
@RequestMapping("/knowledge/documents")
class KnowledgeDocumentController {

    /** The model attribute with an upload's problems, also where {@link KnowledgeUploadLimit} puts them. */
    static final String FILE_PROBLEMS = "fileProblems";
    private static final int PAGE_SIZE = 25;

    private final KnowledgeLibrary library;

    KnowledgeDocumentController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("documents", library.documents(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "knowledge/documents";
    }

    @GetMapping("/new")
    String newDocument(Model model) {
        DocumentForm form = new DocumentForm();
        form.setVisibility(Visibility.INTERNAL);
        String page = showNew(form, model);
        // A file over the multipart limit was refused before the form's body was read; its problem arrives here.
        rejectRefusedFile(form, model);
        return page;
    }

    @PostMapping
    String add(@ModelAttribute("form") DocumentForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        if (result.hasErrors()) {
            return showNew(form, model);
        }
        try (InputStream content = contentOf(form.getFile())) {
            KnowledgeDocument document = library.add(form.toDetails(),
                    new Upload(form.getFile() == null ? null : form.getFile().getOriginalFilename(), content),
                    principal.getName());
            redirect.addFlashAttribute("message", "knowledge.document.added");
            return "redirect:/knowledge/documents/" + document.getId();
        } catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        return showNew(form, model);
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        KnowledgeDocument document = library.document(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DocumentForm.of(document));
        }
        model.addAttribute("document", document);
        model.addAttribute("versions", library.versionsOf(id));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("visibilities", Visibility.values());
        return "knowledge/document";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                library.describe(id, form.toDetails(), principal.getName());
                redirect.addFlashAttribute("message", "knowledge.document.saved");
                return "redirect:/knowledge/documents/" + id;
            } catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return view(id, model);
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        try (InputStream content = contentOf(file)) {
            library.addVersion(id, new Upload(file == null ? null : file.getOriginalFilename(), content),
                    principal.getName());
            redirect.addFlashAttribute("message", "knowledge.version.saved");
            return "redirect:/knowledge/documents/" + id;
        } catch (InvalidFieldsException refused) {
            model.addAttribute(FILE_PROBLEMS, refused.problems());
        }
        return view(id, model);
    }

    @GetMapping("/{id}/versions/{no}/file")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int no) {
        return library.download(id, no).toResponseEntity();
    }

    /** No file chosen is an empty upload, which the library refuses as such. */
    private static InputStream contentOf(MultipartFile file) throws IOException {
        return DocumentForm.isChosen(file) ? file.getInputStream() : InputStream.nullInputStream();
    }

    /** Puts an oversized upload's problems beside the new document's file field. */
    private static void rejectRefusedFile(DocumentForm form, Model model) {
        if (model.getAttribute(FILE_PROBLEMS) instanceof List<?> refused) {
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            refused.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast)
                    .forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        }
    }

    private String showNew(DocumentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("visibilities", Visibility.values());
        return "knowledge/document-form";
    }
}
