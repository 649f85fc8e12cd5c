package sa.silah.beneficiary.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.ContactChannel;
import sa.silah.beneficiary.Gender;
import sa.silah.beneficiary.HouseholdMemberDetails;
import sa.silah.beneficiary.OrganizationType;
import sa.silah.beneficiary.Relation;
import sa.silah.beneficiary.RepresentativeDetails;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.shared.Channel;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.TableExport;

/**
 * The officer's registry pages: search, register, view, edit, and the household, representatives and
 * consents on the profile.
 */
@Controller
@RequestMapping("/beneficiaries")
class BeneficiaryController {

    private static final int PAGE_SIZE = 20;
    private static final Pattern LOCAL_PATH = Pattern.compile("(/[a-z0-9-]+)+");

    private final BeneficiaryRegistry registry;
    private final SegmentCatalog segments;
    private final MessageSource messages;
    private final Clock clock;

    BeneficiaryController(BeneficiaryRegistry registry, SegmentCatalog segments, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.registry = registry;
        this.segments = segments;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        search(q, page, model);
        return "beneficiary/list";
    }

    @HxRequest
    @GetMapping
    String results(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        search(q, page, model);
        return "beneficiary/list :: results";
    }

    private void search(String q, int page, Model model) {
        Page<Beneficiary> results = registry.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", results);
    }

    /**
     * The search as the page shows it, every page of it, as CSV or XLSX, with the same columns as the list; each
     * record exported is logged as accessed.
     */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format, @RequestParam(required = false) String q,
            Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        PagedRows<Beneficiary> found = PagedRows.of(Sort.unsorted(), pageable -> registry.export(q, pageable));
        List<String> columns = Stream.of("field.fullName", "beneficiary.type", "field.identifier", "field.mobile",
                "field.city", "field.segments").map(key -> messages.getMessage(key, null, locale)).toList();
        String title = messages.getMessage("beneficiary.list.title", null, locale);
        return new TableExport(title, exportFormat, locale, found.total(), writer -> {
            writer.startTable(title, columns);
            found.forEachPage(page -> {
                for (Beneficiary beneficiary : page) {
                    writer.row(row(beneficiary, locale));
                }
            });
        }).toResponseEntity(clock);
    }

    private List<Object> row(Beneficiary beneficiary, Locale locale) {
        String type = beneficiary.isIndividual()
                ? messages.getMessage("beneficiaryType." + beneficiary.getType(), null, locale)
                : messages.getMessage("organizationType." + beneficiary.getOrganizationType(), null, locale);
        String name = beneficiary.isAnonymised() ? messages.getMessage("beneficiary.erased.name", null, locale)
                : beneficiary.getFullName();
        return Arrays.asList(name, type,
                beneficiary.isIndividual() ? beneficiary.getNationalId() : beneficiary.getRegistrationNumber(),
                beneficiary.getMobile(), beneficiary.getCity(), beneficiary.getSegments().stream()
                        .map(segment -> segment.name(locale)).collect(Collectors.joining("، ")));
    }

    /**
     * The registration form, possibly started from what another page knows (a name and a mobile) and with the page
     * to return to once registered ({@code then}, a path inside Silah).
     */
    @GetMapping("/new")
    String newBeneficiary(@RequestParam(defaultValue = "INDIVIDUAL") BeneficiaryType type,
            @RequestParam(required = false) String fullName, @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String then, Model model) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setType(type);
        form.setFullName(fullName);
        form.setMobile(mobile);
        model.addAttribute("then", localPath(then));
        return showForm(form, null, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") BeneficiaryForm form, BindingResult result,
            @RequestParam(required = false) String then, Model model) {
        model.addAttribute("then", localPath(then));
        if (result.hasErrors()) {
            return showForm(form, null, model);
        }
        List<Beneficiary> similar = registry.probableDuplicates(form.toDetails(), null);
        if (!similar.isEmpty() && !form.isConfirmDuplicate()) {
            model.addAttribute("probableDuplicates", similar);
            return showForm(form, null, model);
        }
        try {
            Beneficiary beneficiary = registry.register(form.toDetails());
            return localPath(then) == null ? "redirect:/beneficiaries/" + beneficiary.getId() + "?registered"
                    : "redirect:" + localPath(then) + "?beneficiary=" + beneficiary.getId();
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        catch (DuplicateRecordException duplicate) {
            result.rejectValue(duplicate.field(), duplicate.messageKey());
            model.addAttribute("existingId", duplicate.existingId());
        }
        return showForm(form, null, model);
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("beneficiary", registry.open(id));
        model.addAttribute("auditSubject", BeneficiaryRegistry.SUBJECT);
        addChoices(model);
        return "beneficiary/view";
    }

    /** An erased record has nothing left to edit: the profile says so instead of the form. */
    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        if (registry.find(id).filter(Beneficiary::isAnonymised).isPresent()) {
            redirect.addFlashAttribute("error", "beneficiary.erased.readOnly");
            return "redirect:/beneficiaries/" + id;
        }
        return showForm(BeneficiaryForm.of(registry.detailsOf(id)), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") BeneficiaryForm form, BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            return showForm(form, id, model);
        }
        try {
            registry.update(id, form.toDetails());
            return "redirect:/beneficiaries/" + id + "?saved";
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        catch (DuplicateRecordException duplicate) {
            result.rejectValue(duplicate.field(), duplicate.messageKey());
            model.addAttribute("existingId", duplicate.existingId());
        }
        return showForm(form, id, model);
    }

    @PostMapping("/{id}/household")
    String addHouseholdMember(@PathVariable UUID id, @ModelAttribute HouseholdMemberDetails member,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return changeOnProfile(id, () -> registry.addHouseholdMember(id, member), "household", member, binding, model,
                redirect);
    }

    @PostMapping("/{id}/household/{memberId}/delete")
    String removeHouseholdMember(@PathVariable UUID id, @PathVariable long memberId, RedirectAttributes redirect) {
        registry.removeHouseholdMember(id, memberId);
        return savedProfile(id, redirect);
    }

    @PostMapping("/{id}/representatives")
    String addRepresentative(@PathVariable UUID id, @ModelAttribute RepresentativeDetails representative,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return changeOnProfile(id, () -> registry.addRepresentative(id, representative), "representative",
                representative, binding, model, redirect);
    }

    @PostMapping("/{id}/representatives/{representativeId}/delete")
    String removeRepresentative(@PathVariable UUID id, @PathVariable long representativeId,
            RedirectAttributes redirect) {
        registry.removeRepresentative(id, representativeId);
        return savedProfile(id, redirect);
    }

    @PostMapping("/{id}/consents")
    String recordConsent(@PathVariable UUID id, @RequestParam(required = false) ConsentPurpose purpose,
            @RequestParam(required = false) Channel channel, Model model, RedirectAttributes redirect) {
        return changeOnProfile(id, () -> registry.recordConsent(id, purpose, channel), "consent", null, null, model,
                redirect);
    }

    /**
     * The beneficiary tells an officer to stop a purpose: their consent to it is withdrawn, or, with none on record,
     * their objection is recorded on the channel they used.
     */
    @PostMapping("/{id}/consents/withdraw")
    String withdrawPurpose(@PathVariable UUID id, @RequestParam(required = false) ConsentPurpose purpose,
            @RequestParam(required = false) Channel channel, Model model, RedirectAttributes redirect) {
        return changeOnProfile(id, () -> registry.withdrawConsent(id, purpose, channel), "consent", null, null, model,
                redirect);
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    String withdrawConsent(@PathVariable UUID id, @PathVariable long consentId, RedirectAttributes redirect) {
        registry.withdrawConsent(id, consentId);
        return savedProfile(id, redirect);
    }

    /** ADMIN only: keeps the record from erasure while a dispute or an audit needs it. */
    @PostMapping("/{id}/legal-hold")
    String placeLegalHold(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        return changeOnProfile(id, () -> registry.placeLegalHold(id, reason), "legalHold", reason, null, model,
                redirect);
    }

    @PostMapping("/{id}/legal-hold/release")
    String releaseLegalHold(@PathVariable UUID id, RedirectAttributes redirect) {
        registry.releaseLegalHold(id);
        return savedProfile(id, redirect);
    }

    /** A change made from a small form on the profile; refused input re-shows the profile with the problems. */
    private String changeOnProfile(UUID id, Runnable change, String section, Object submitted, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding != null && binding.hasFieldErrors()) {
            model.addAttribute(section + "Problems", binding.getFieldErrors().stream()
                    .map(error -> new FieldProblem(error.getField(), "typeMismatch")).toList());
            return view(id, model);
        }
        try {
            change.run();
            return savedProfile(id, redirect);
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute(section + "Problems", invalid.problems());
            model.addAttribute(section + "Submitted", submitted);
            return view(id, model);
        }
    }

    private static String savedProfile(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "beneficiary.saved");
        return "redirect:/beneficiaries/" + id;
    }

    /** Only a path inside Silah, so that the return address cannot send the officer to another site. */
    private static String localPath(String then) {
        return then != null && LOCAL_PATH.matcher(then).matches() ? then : null;
    }

    private String showForm(BeneficiaryForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("beneficiaryId", id);
        model.addAttribute("segments", segments.active());
        addChoices(model);
        return "beneficiary/form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("types", BeneficiaryType.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("organizationTypes", OrganizationType.values());
        model.addAttribute("contactChannels", ContactChannel.values());
        model.addAttribute("languages", BeneficiaryDetails.LANGUAGES);
        model.addAttribute("relations", Relation.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        model.addAttribute("channels", Channel.values());
    }
}
