package sa.silah.letters.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.letters.Letter;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterQuery;
import sa.silah.letters.LetterRegister;
import sa.silah.letters.LetterTemplateCatalog;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/**
 * The letters register's pages: the register with its filters (updated in place with htmx), registering an
 * incoming or outgoing letter (an outgoing one drafted from a template, then edited), a letter's page with
 * its scan and PDF.
 */
@Controller
@RequestMapping("/letters")
class LetterController {

    /** The model attribute with a scan's problems, also where {@link LetterScanUploadLimit} puts them. */
    static final String SCAN_PROBLEMS = "scanProblems";
    private static final int PAGE_SIZE = 25;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("number"));

    private final LetterRegister register;
    private final LetterTemplateCatalog templates;
    private final BeneficiaryRegistry registry;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    LetterController(LetterRegister register, LetterTemplateCatalog templates, BeneficiaryRegistry registry,
            MessageSource messages, Dates dates, Clock clock) {
        this.register = register;
        this.templates = templates;
        this.registry = registry;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) LetterDirection direction, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID beneficiary,
            @RequestParam(defaultValue = "0") int page, Model model) {
        fill(new LetterQuery(direction, year, q, beneficiary), page, model);
        return "letters/list";
    }

    @HxRequest
    @GetMapping
    String results(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID beneficiary, @RequestParam(defaultValue = "0") int page, Model model) {
        fill(new LetterQuery(direction, year, q, beneficiary), page, model);
        return "letters/list :: results";
    }

    /** The register as the page shows it, with the same filters, every page of it, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
            @RequestParam(required = false) LetterDirection direction, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) UUID beneficiary, Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        LetterQuery query = new LetterQuery(direction, year, q, beneficiary);
        PagedRows<Letter> letters = PagedRows.of(NEWEST_FIRST, pageable -> register.list(query, pageable));
        List<String> columns = Stream.of("letter.number", "letter.direction", "letter.date", "letter.correspondent",
                "letter.subject", "letter.request").map(key -> messages.getMessage(key, null, locale)).toList();
        String title = messages.getMessage("letter.list.title", null, locale);
        return new TableExport(title, exportFormat, locale, letters.total(), writer -> {
            writer.startTable(title, columns);
            letters.forEachPage(page -> {
                for (Letter letter : page) {
                    writer.row(Arrays.asList(letter.getNumber(),
                            messages.getMessage("letterDirection." + letter.getDirection(), null, locale),
                            dates.date(letter.getLetterDate(), locale), letter.getCorrespondent(), letter.getSubject(),
                            letter.getRequestReference()));
                }
            });
        }).toResponseEntity(clock);
    }

    private void fill(LetterQuery query, int page, Model model) {
        Page<Letter> letters = register.list(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST));
        model.addAttribute("letters", letters);
        model.addAttribute("filter", query);
        model.addAttribute("directions", LetterDirection.values());
        model.addAttribute("beneficiaryName", query.beneficiaryId() == null ? null
                : registry.find(query.beneficiaryId()).map(Beneficiary::getFullName).orElse(null));
    }

    @GetMapping("/new")
    String newLetter(@RequestParam(defaultValue = "INCOMING") LetterDirection direction,
            @RequestParam(required = false) UUID beneficiary, @RequestParam(required = false) String request,
            Locale locale, Model model) {
        LetterForm form = new LetterForm();
        form.setDirection(direction);
        form.setLetterDate(LocalDate.now(Dates.RIYADH));
        form.setBeneficiaryId(beneficiary);
        form.setRequestReference(request);
        form.setLanguage("en".equals(locale.getLanguage()) ? "en" : "ar");
        String page = showForm(form, model);
        // A scan over the multipart limit was refused before the form's body was read; its problem arrives here.
        if (model.getAttribute(SCAN_PROBLEMS) instanceof List<?> refused) {
            BindingResult result = new BeanPropertyBindingResult(form, "form");
            refused.stream().filter(FieldProblem.class::isInstance).map(FieldProblem.class::cast)
                    .forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        }
        return page;
    }

    /**
     * Registers the letter, or, with {@code fill}, drafts its subject and body from the chosen template with
     * what has been entered so far and shows the form again for the officer to edit.
     */
    @PostMapping
    String registerLetter(@ModelAttribute("form") LetterForm form, BindingResult result,
            @RequestParam(required = false) String fill,
            Principal principal, Model model) throws IOException {
        if (result.hasErrors()) {
            return showForm(form, model);
        }
        try {
            if (fill != null) {
                LetterRegister.Draft draft = register.draft(form.getTemplateCode(), form.toNewLetter(), principal.getName());
                form.setSubject(draft.subject());
                form.setBody(draft.body());
                return showForm(form, model);
            }
            try (InputStream scan = form.hasFile() ? form.getFile().getInputStream() : null) {
                Letter letter = register.register(form.toNewLetter(), scan, principal.getName(), null).letter();
                return "redirect:/letters/" + letter.getNumber() + "?registered";
            }
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        return showForm(form, model);
    }

    @GetMapping("/{number}")
    String view(@PathVariable String number, Model model) {
        Letter letter = register.find(number);
        model.addAttribute("letter", letter);
        model.addAttribute("beneficiaryName", letter.getBeneficiaryId() == null ? null
                : registry.find(letter.getBeneficiaryId()).map(Beneficiary::getFullName).orElse(null));
        model.addAttribute("template", letter.getTemplateCode() == null ? null : templates.get(letter.getTemplateCode()));
        model.addAttribute("maxScanBytes", register.maxScanBytes());
        return "letters/view";
    }

    @PostMapping("/{number}/file")
    String attachScan(@PathVariable String number, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        try (InputStream scan = LetterForm.isChosen(file) ? file.getInputStream() : null) {
            register.attachScan(number, scan, principal.getName());
            redirect.addFlashAttribute("message", "letter.scan.saved");
            return "redirect:/letters/" + number;
        }
        catch (InvalidFieldsException refused) {
            model.addAttribute(SCAN_PROBLEMS, refused.problems());
        }
        return view(number, model);
    }

    @GetMapping("/{number}/file")
    ResponseEntity<Resource> scan(@PathVariable String number) {
        return register.openScan(number).toResponseEntity();
    }

    @GetMapping("/{number}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable String number) {
        return register.printed(number).toResponseEntity();
    }

    private String showForm(LetterForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("directions", LetterDirection.values());
        model.addAttribute("languages", List.of("ar", "en"));
        model.addAttribute("templates", templates.all());
        model.addAttribute("beneficiaryName", form.getBeneficiaryId() == null ? null
                : registry.find(form.getBeneficiaryId()).map(Beneficiary::getFullName).orElse(null));
        model.addAttribute("maxScanBytes", register.maxScanBytes());
        return "letters/form";
    }
}
