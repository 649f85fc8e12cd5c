package sa.silah.satisfaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.Improvement;
import sa.silah.satisfaction.ImprovementLog;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/** Managers record «you said, we did» (قلتم فعملنا): what changed because of feedback, for the public site. */
@Controller
@RequestMapping("/improvements")
class ImprovementController {

    private static final int PAGE_SIZE = 20;

    private final ImprovementLog log;
    private final ServiceCatalog services;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    ImprovementController(ImprovementLog log, ServiceCatalog services, MessageSource messages, Dates dates,
            Clock clock) {
        this.log = log;
        this.services = services;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    /** The list as the page shows it, every page of it, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        PagedRows<Improvement> improvements = PagedRows.of(Sort.unsorted(), log::list);
        List<String> columns = Stream.of("improvement.madeOn", "improvement.text", "improvement.service")
                .map(key -> messages.getMessage(key, null, locale)).toList();
        String title = messages.getMessage("improvement.list.title", null, locale);
        return new TableExport(title, exportFormat, locale, improvements.total(), writer -> {
            writer.startTable(title, columns);
            improvements.forEachPage(page -> {
                Map<Long, String> serviceNames = log.serviceNames(page, locale);
                for (Improvement improvement : page) {
                    writer.row(Arrays.asList(dates.date(improvement.getMadeOn(), locale), improvement.text(locale),
                            improvement.getServiceId() == null ? null : serviceNames.get(improvement.getServiceId())));
                }
            });
        }).toResponseEntity(clock);
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        Page<Improvement> improvements = log.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("improvements", improvements);
        model.addAttribute("serviceNames", log.serviceNames(improvements, locale));
        return "satisfaction/improvements";
    }

    @GetMapping("/new")
    String newImprovement(Model model) {
        ImprovementForm form = new ImprovementForm();
        form.setMadeOn(LocalDate.now(Dates.RIYADH));
        return showForm(null, form, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ImprovementForm form, BindingResult result, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                log.create(form.toDetails(), principal.getName());
                redirect.addFlashAttribute("message", "improvement.saved");
                return "redirect:/improvements";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(null, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return showForm(id, ImprovementForm.of(log.get(id).details()), model);
    }

    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("form") ImprovementForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                log.change(id, form.toDetails());
                redirect.addFlashAttribute("message", "improvement.saved");
                return "redirect:/improvements";
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(id, form, model);
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        log.remove(id);
        redirect.addFlashAttribute("message", "improvement.removed");
        return "redirect:/improvements";
    }

    private String showForm(Long id, ImprovementForm form, Model model) {
        if (id != null) {
            log.get(id);
        }
        model.addAttribute("improvementId", id);
        model.addAttribute("form", form);
        model.addAttribute("services", services.active());
        return "satisfaction/improvement-form";
    }
}
