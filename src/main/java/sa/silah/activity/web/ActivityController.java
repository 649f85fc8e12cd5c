package sa.silah.activity.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import sa.silah.activity.Activity;
import sa.silah.activity.ActivityCatalog;
import sa.silah.activity.ActivityCertificates;
import sa.silah.activity.ActivityKind;
import sa.silah.activity.ActivityRegistrations;
import sa.silah.activity.ActivityStateException;
import sa.silah.activity.ActivityStatus;
import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationRefusedException;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;
import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.SegmentCatalog;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;

/**
 * Staff's pages for the activities of the annual plan: the list with places taken and waiting, the form, an
 * activity's page with its registrants and waiting list, publishing and cancelling, registering a beneficiary
 * through an officer, attendance once it has begun and the certificates of those who attended. The public site's
 * {@code /activities/upcoming} pages are not these: every address here names an activity by its UUID.
 */
@Controller
@RequestMapping("/activities")
class ActivityController {

    private static final String ID = "/{id:[0-9a-fA-F-]{36}}";
    private static final int PAGE_SIZE = 20;
    private static final int ATTENDANCE_PAGE_SIZE = 50;
    private static final int MATCHES = 10;

    private final ActivityCatalog catalog;
    private final ActivityRegistrations registrations;
    private final ActivityCertificates certificates;
    private final BeneficiaryRegistry registry;
    private final ServiceCatalog services;
    private final SegmentCatalog segments;

    ActivityController(ActivityCatalog catalog, ActivityRegistrations registrations, ActivityCertificates certificates,
            BeneficiaryRegistry registry, ServiceCatalog services, SegmentCatalog segments) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.certificates = certificates;
        this.registry = registry;
        this.services = services;
        this.segments = segments;
    }

    /** Every activity, or those in one status, the soonest first, with places taken and waiting in one query. */
    @GetMapping
    String list(@RequestParam(required = false) ActivityStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Page<Activity> activities = catalog.find(status, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Map<UUID, Map<RegistrationStatus, Long>> places = catalog.placesOf(activities.map(Activity::getId).getContent());
        model.addAttribute("activities", activities.map(activity -> Row.of(activity, places.get(activity.getId()))));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ActivityStatus.values());
        return "activity/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return showForm(new ActivityForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ActivityForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Activity activity = catalog.draft(form.details(), principal.getName());
                redirect.addFlashAttribute("message", "activity.saved");
                return "redirect:/activities/" + activity.getId();
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
        }
        return showForm(form, null, model);
    }

    @GetMapping(ID + "/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Activity activity = catalog.get(id);
        String serviceCode = activity.getServiceId() == null ? null : services.get(activity.getServiceId()).getCode();
        return showForm(ActivityForm.of(activity, serviceCode), activity, model);
    }

    @PostMapping(ID)
    String revise(@PathVariable UUID id, @ModelAttribute("form") ActivityForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect) {
        Activity activity = catalog.get(id);
        if (!result.hasErrors()) {
            try {
                catalog.revise(id, form.details(), principal.getName());
                redirect.addFlashAttribute("message", "activity.saved");
                return "redirect:/activities/" + id;
            }
            catch (InvalidFieldsException invalid) {
                FormErrors.bind(invalid, result);
            }
            catch (ActivityStateException refused) {
                result.reject(refused.messageKey());
            }
        }
        return showForm(form, activity, model);
    }

    private String showForm(ActivityForm form, Activity activity, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("needLevels", NeedLevel.values());
        model.addAttribute("segments", segments.all());
        model.addAttribute("services", services.active());
        return "activity/form";
    }

    /**
     * The activity, its registrants and waiting list a page each, and the search for a beneficiary to register, as on
     * the intake page: by national ID, mobile or name.
     */
    @GetMapping(ID)
    String show(@PathVariable UUID id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int registered, @RequestParam(defaultValue = "0") int waiting,
            Model model) {
        Activity activity = catalog.get(id);
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("matches", registry.search(q, PageRequest.of(0, MATCHES)).getContent());
        }
        return showActivity(activity, registered, waiting, model);
    }

    private String showActivity(Activity activity, int registered, int waiting, Model model) {
        Page<Registration> holding = registrations.of(activity.getId(), RegistrationStatus.REGISTERED,
                PageRequest.of(Math.max(registered, 0), PAGE_SIZE));
        Page<Registration> onList = registrations.of(activity.getId(), RegistrationStatus.WAITLISTED,
                PageRequest.of(Math.max(waiting, 0), PAGE_SIZE));
        model.addAttribute("activity", activity);
        model.addAttribute("places", Row.of(activity, catalog.placesOf(List.of(activity.getId())).get(activity.getId())));
        model.addAttribute("registered", holding);
        model.addAttribute("waiting", onList);
        model.addAttribute("names", registry.namesOf(ids(holding.getContent(), onList.getContent())));
        model.addAttribute("service", activity.getServiceId() == null ? null : services.get(activity.getServiceId()));
        model.addAttribute("segmentNames", segments.all().stream()
                .filter(segment -> activity.getSegmentCodes().contains(segment.getCode())).toList());
        model.addAttribute("open", activity.isOpenForRegistration(Instant.now()));
        model.addAttribute("ended", activity.hasEnded(Instant.now()));
        if (!model.containsAttribute("matches")) {
            model.addAttribute("matches", List.of());
        }
        return "activity/detail";
    }

    private static Collection<UUID> ids(List<Registration> first, List<Registration> second) {
        return Stream.concat(first.stream(), second.stream()).map(Registration::getBeneficiaryId)
                .toList();
    }

    @PostMapping(ID + "/publish")
    String publish(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        try {
            catalog.publish(id, principal.getName());
            redirect.addFlashAttribute("message", "activity.published");
        }
        catch (ActivityStateException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping(ID + "/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String cancelReason, Principal principal,
            Model model, RedirectAttributes redirect) {
        try {
            catalog.cancel(id, cancelReason, principal.getName());
            redirect.addFlashAttribute("message", "activity.cancelledNow");
            return "redirect:/activities/" + id;
        }
        catch (InvalidFieldsException invalid) {
            model.addAttribute("cancelReason", cancelReason);
            model.addAttribute("cancelProblem", invalid.problems().get(0).messageKey());
        }
        catch (ActivityStateException refused) {
            model.addAttribute("refusal", refused.messageKey());
        }
        return showActivity(catalog.get(id), 0, 0, model);
    }

    /** An officer registers a beneficiary; a refusal is shown on the page with every eligibility reason. */
    @PostMapping(ID + "/registrations")
    String register(@PathVariable UUID id, @RequestParam(required = false) UUID beneficiaryId, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (beneficiaryId == null) {
            model.addAttribute("problems", List.of(new FieldProblem("beneficiaryId", "activity.beneficiary.required")));
            return showActivity(catalog.get(id), 0, 0, model);
        }
        try {
            Registration registration = registrations.register(id, beneficiaryId, RegistrationVia.OFFICER,
                    principal.getName(), null);
            redirect.addFlashAttribute("message", registration.getStatus() == RegistrationStatus.REGISTERED
                    ? "activity.registeredNow" : "activity.waitlistedNow");
            return "redirect:/activities/" + id;
        }
        catch (RegistrationRefusedException refused) {
            model.addAttribute("refusal", refused.messageKey());
            refused.decision().ifPresent(decision -> model.addAttribute("decision", decision));
            registry.find(beneficiaryId).ifPresent(beneficiary -> model.addAttribute("refusedName",
                    beneficiary.getFullName()));
            return showActivity(catalog.get(id), 0, 0, model);
        }
    }

    @PostMapping(ID + "/registrations/{registrationId}/cancel")
    String cancelRegistration(@PathVariable UUID id, @PathVariable UUID registrationId, Principal principal,
            RedirectAttributes redirect) {
        registrations.get(id, registrationId);
        try {
            registrations.cancel(registrationId, principal.getName());
            redirect.addFlashAttribute("message", "activity.registrationCancelled");
        }
        catch (ActivityStateException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/activities/" + id;
    }

    @GetMapping(ID + "/registrations/{registrationId}/certificate")
    ResponseEntity<Resource> certificate(@PathVariable UUID id, @PathVariable UUID registrationId) {
        registrations.get(id, registrationId);
        return certificates.certificateOf(registrationId).toResponseEntity();
    }

    /** What the activity's state does not allow, such as a certificate for one who did not attend, said on a page. */
    @ExceptionHandler(ActivityStateException.class)
    ModelAndView refused(ActivityStateException refused) {
        ModelAndView page = new ModelAndView("activity/refused", HttpStatus.CONFLICT);
        page.addObject("refusal", refused.messageKey());
        return page;
    }

    /** The registrants holding a place, each with a box ticked when they came; open once the activity has begun. */
    @GetMapping(ID + "/attendance")
    String attendance(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        Activity activity = catalog.get(id);
        Page<Registration> holding = registrations.of(id, RegistrationStatus.REGISTERED,
                PageRequest.of(Math.max(page, 0), ATTENDANCE_PAGE_SIZE));
        model.addAttribute("activity", activity);
        model.addAttribute("registrants", holding);
        model.addAttribute("names", registry.namesOf(ids(holding.getContent(), List.of())));
        model.addAttribute("started", !Instant.now().isBefore(activity.getStartsAt())
                && activity.getStatus() != ActivityStatus.CANCELLED);
        return "activity/attendance";
    }

    @PostMapping(ID + "/registrations/{registrationId}/attendance")
    String recordAttendance(@PathVariable UUID id, @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "false") boolean attended, Principal principal,
            RedirectAttributes redirect) {
        registrations.get(id, registrationId);
        try {
            registrations.recordAttendance(registrationId, attended, principal.getName());
            redirect.addFlashAttribute("message", "activity.attendance.saved");
        }
        catch (ActivityStateException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/activities/" + id + "/attendance";
    }

    /** The box saved at once: the row again, saying it was saved, or why it was not. */
    @HxRequest
    @PostMapping(ID + "/registrations/{registrationId}/attendance")
    String recordAttendanceRow(@PathVariable UUID id, @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "false") boolean attended, Principal principal, Model model) {
        Registration registration = registrations.get(id, registrationId);
        try {
            registration = registrations.recordAttendance(registrationId, attended, principal.getName());
            model.addAttribute("saved", true);
        }
        catch (ActivityStateException refused) {
            model.addAttribute("rowRefusal", refused.messageKey());
        }
        model.addAttribute("activity", catalog.get(id));
        model.addAttribute("r", registration);
        model.addAttribute("names", registry.namesOf(List.of(registration.getBeneficiaryId())));
        model.addAttribute("started", true);
        return "activity/attendance :: row";
    }

    /** An activity with its places taken and its waiting list's length. */
    record Row(Activity activity, long taken, long waiting) {

        static Row of(Activity activity, Map<RegistrationStatus, Long> places) {
            Map<RegistrationStatus, Long> counted = places == null ? Map.of() : places;
            return new Row(activity, counted.getOrDefault(RegistrationStatus.REGISTERED, 0L),
                    counted.getOrDefault(RegistrationStatus.WAITLISTED, 0L));
        }
    }
}
