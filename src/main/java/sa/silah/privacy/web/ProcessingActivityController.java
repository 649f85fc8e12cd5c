package sa.silah.privacy.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
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

import sa.silah.privacy.DataCategory;
import sa.silah.privacy.LegalBasis;
import sa.silah.privacy.ProcessingRecord;
import sa.silah.shared.Dates;
import sa.silah.shared.FileDownload;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * The record of processing activities: the administrator keeps it, managers read it, and both print it or download
 * it as a PDF for the authority or an auditor.
 */
@Controller
@RequestMapping("/privacy/processing")
class ProcessingActivityController {

    private static final int PAGE_SIZE = 20;

    private final ProcessingRecord record;
    private final ProcessingRecordPdf pdf;

    ProcessingActivityController(ProcessingRecord record, ProcessingRecordPdf pdf) {
        this.record = record;
        this.pdf = pdf;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("activities", record.page(page, PAGE_SIZE));
        return "privacy/processing-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(null, new ProcessingActivityForm(), model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(id, ProcessingActivityForm.of(record.get(id)), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ProcessingActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") ProcessingActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        record.get(id);
        return save(id, form, result, model, redirect);
    }

    @GetMapping("/print")
    String print(Model model) {
        model.addAttribute("activities", record.all());
        model.addAttribute("today", LocalDate.now(Dates.RIYADH));
        return "privacy/processing-print";
    }

    @GetMapping("/print.pdf")
    ResponseEntity<Resource> printPdf(Locale locale) {
        byte[] document = pdf.write(record.all(), locale);
        return new FileDownload("processing-record.pdf", "application/pdf", new ByteArrayResource(document))
                .toResponseEntity();
    }

    private String save(Long id, ProcessingActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (id == null) {
                    record.record(form.toDetails());
                } else {
                    record.change(id, form.toDetails());
                }
                redirect.addFlashAttribute("message", "privacy.processing.saved");
                return "redirect:/privacy/processing";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return form(id, form, model);
    }

    private String form(Long id, ProcessingActivityForm form, Model model) {
        model.addAttribute("activityId", id);
        model.addAttribute("form", form);
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("categories", DataCategory.values());
        return "privacy/processing-form";
    }
}
