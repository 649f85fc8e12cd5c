package sa.silah.knowledge.web;

import java.security.Principal;
import java.time.LocalDate;

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

import sa.silah.catalog.ServiceCatalog;
import sa.silah.knowledge.EntryKind;
import sa.silah.knowledge.KnowledgeEntry;
import sa.silah.knowledge.KnowledgeLibrary;
import sa.silah.knowledge.Visibility;
import sa.silah.shared.Dates;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * FAQ entries and canned answers: the list of one kind, an entry's page with its linked services and documents,
 * writing, changing and (after a confirmation page) deleting one.
 */
@Controller
@RequestMapping("/knowledge/entries")
class KnowledgeEntryController {

    private static final int PAGE_SIZE = 25;

    private final KnowledgeLibrary library;
    private final ServiceCatalog services;

    KnowledgeEntryController(KnowledgeLibrary library, ServiceCatalog services) {
        this.library = library;
        this.services = services;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "FAQ") EntryKind kind, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("entries", library.entries(kind, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("today", today());
        return "knowledge/entries";
    }

    @GetMapping("/new")
    String newEntry(@RequestParam(defaultValue = "FAQ") EntryKind kind, Model model) {
        EntryForm form = new EntryForm();
        form.setKind(kind);
        form.setVisibility(Visibility.INTERNAL);
        return showForm(form, null, model);
    }

    @PostMapping
    String write(@ModelAttribute("form") EntryForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                KnowledgeEntry entry = library.write(form.toDetails(), principal.getName());
                redirect.addFlashAttribute("message", "knowledge.entry.saved");
                return "redirect:/knowledge/entries/" + entry.getId();
            } catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(form, null, model);
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        KnowledgeEntry entry = library.entry(id);
        model.addAttribute("entry", entry);
        model.addAttribute("services", services.byId(entry.getServiceIds()).values());
        model.addAttribute("documents", library.documents(entry.getDocumentIds()));
        model.addAttribute("today", today());
        return "knowledge/entry";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return showForm(EntryForm.of(library.entry(id)), id, model);
    }

    @PostMapping("/{id}")
    String rewrite(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                library.rewrite(id, form.toDetails(), principal.getName());
                redirect.addFlashAttribute("message", "knowledge.entry.saved");
                return "redirect:/knowledge/entries/" + id;
            } catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(form, id, model);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("entry", library.entry(id));
        return "knowledge/entry-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        KnowledgeEntry entry = library.entry(id);
        try {
            library.remove(id);
        } catch (InvalidFieldsException kept) {
            model.addAttribute("entry", entry);
            model.addAttribute("problems", kept.problems());
            return "knowledge/entry-delete";
        }
        redirect.addFlashAttribute("message", "knowledge.entry.deleted");
        return "redirect:/knowledge/entries?kind=" + entry.getKind();
    }

    private String showForm(EntryForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entryId", id);
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("services", services.active());
        return "knowledge/entry-form";
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.RIYADH);
    }
}
