package sa.silah.satisfaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.satisfaction.Answer;
import sa.silah.satisfaction.FollowUp;
import sa.silah.satisfaction.FollowUpScope;
import sa.silah.satisfaction.FollowUpState;
import sa.silah.satisfaction.QuestionType;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.ServiceRecovery;
import sa.silah.satisfaction.Survey;
import sa.silah.satisfaction.SurveyCatalog;
import sa.silah.satisfaction.SurveyQuestion;
import sa.silah.satisfaction.SurveyResponse;
import sa.silah.shared.Dates;
import sa.silah.shared.ExportFormat;
import sa.silah.shared.FormErrors;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.PagedRows;
import sa.silah.shared.RecordNotFoundException;
import sa.silah.shared.TableExport;
import sa.silah.staff.StaffManagement;
import sa.silah.staff.StaffUser;

/**
 * Service recovery for managers: the follow-ups of their department that low ratings opened, the beneficiary to
 * call and what they answered, and the form recording what was done. Administrators may read every department's.
 */
@Controller
@RequestMapping("/follow-ups")
class FollowUpController {

    private static final int PAGE_SIZE = 20;
    private static final int DASHBOARD_SIZE = 5;

    private final ServiceRecovery recovery;
    private final Satisfaction satisfaction;
    private final SurveyCatalog catalog;
    private final BeneficiaryRegistry registry;
    private final StaffManagement staff;
    private final MessageSource messages;
    private final Dates dates;
    private final Clock clock;

    FollowUpController(ServiceRecovery recovery, Satisfaction satisfaction, SurveyCatalog catalog,
            BeneficiaryRegistry registry, StaffManagement staff, MessageSource messages, Dates dates, Clock clock) {
        this.messages = messages;
        this.dates = dates;
        this.recovery = recovery;
        this.satisfaction = satisfaction;
        this.catalog = catalog;
        this.registry = registry;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "OPEN") FollowUpState state, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Principal principal, Model model) {
        model.addAttribute("state", state);
        model.addAttribute("states", FollowUpState.values());
        model.addAttribute("followUps", recovery.list(scope(request, principal), state,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("now", clock.instant());
        return "satisfaction/follow-ups";
    }

    /** The list of a state as the page shows it, every page of it, as CSV or XLSX. */
    @GetMapping("/export.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String format,
            @RequestParam(defaultValue = "OPEN") FollowUpState state, HttpServletRequest request, Principal principal,
            Locale locale) {
        ExportFormat exportFormat = ExportFormat.ofExtension(format);
        FollowUpScope scope = scope(request, principal);
        PagedRows<FollowUp> followUps = PagedRows.of(Sort.unsorted(), pageable -> recovery.list(scope, state, pageable));
        List<String> columns = Stream.of("followUp.request", "followUp.reason", "followUp.opened", "followUp.due",
                "followUp.status").map(key -> messages.getMessage(key, null, locale)).toList();
        String title = messages.getMessage("followUp.list.title", null, locale);
        Instant now = clock.instant();
        return new TableExport(title, exportFormat, locale, followUps.total(), writer -> {
            writer.startTable(title, columns);
            followUps.forEachPage(page -> {
                for (FollowUp followUp : page) {
                    writer.row(Arrays.asList(followUp.getRequestRef(),
                            messages.getMessage("followUp.reason." + followUp.getReason(), null, locale),
                            dates.dateTime(followUp.getOpenedAt(), locale), dates.dateTime(followUp.getDueAt(), locale),
                            messages.getMessage(statusOf(followUp, now), null, locale)));
                }
            });
        }).toResponseEntity(clock);
    }

    /** The status the list shows as a badge. */
    private static String statusOf(FollowUp followUp, Instant now) {
        if (followUp.isOverdue(now)) {
            return "followUp.overdue";
        }
        return followUp.isOpen() ? "followUp.state.OPEN" : "followUp.state.CLOSED";
    }

    /** The card on a manager's home page, loaded by htmx. */
    @GetMapping("/dashboard")
    String dashboard(HttpServletRequest request, Principal principal, Model model) {
        FollowUpScope scope = scope(request, principal);
        model.addAttribute("open", recovery.count(scope, FollowUpState.OPEN));
        model.addAttribute("overdue", recovery.count(scope, FollowUpState.OVERDUE));
        model.addAttribute("urgent", recovery.mostUrgent(scope, DASHBOARD_SIZE));
        model.addAttribute("now", clock.instant());
        return "satisfaction/follow-up-dashboard :: card";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, HttpServletRequest request, Principal principal, Model model, Locale locale) {
        return showFollowUp(visible(id, request, principal), new FollowUpForm(), model, locale);
    }

    @PostMapping("/{id}")
    String close(@PathVariable UUID id, @ModelAttribute("form") FollowUpForm form, BindingResult result,
            HttpServletRequest request, Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
        FollowUp followUp = visible(id, request, principal);
        if (!followUp.isOpen()) {
            redirect.addFlashAttribute("message", "followUp.alreadyClosed");
            return "redirect:/follow-ups/" + id;
        }
        try {
            recovery.close(id, form.getOutcome(), form.isTell(), principal.getName());
            redirect.addFlashAttribute("message", "followUp.closed");
            return "redirect:/follow-ups/" + id;
        }
        catch (InvalidFieldsException invalid) {
            FormErrors.bind(invalid, result);
        }
        return showFollowUp(followUp, form, model, locale);
    }

    private String showFollowUp(FollowUp followUp, FollowUpForm form, Model model, Locale locale) {
        model.addAttribute("followUp", followUp);
        model.addAttribute("now", clock.instant());
        model.addAttribute("form", form);
        if (followUp.getBeneficiaryId() != null) {
            model.addAttribute("beneficiary", registry.open(followUp.getBeneficiaryId()));
        }
        SurveyResponse response = satisfaction.response(followUp.getResponseId());
        Survey survey = catalog.version(response.getSurveyId());
        model.addAttribute("response", response);
        model.addAttribute("survey", survey);
        model.addAttribute("answers", answers(response, survey, locale.getLanguage()));
        return "satisfaction/follow-up";
    }

    /** The answers in the order of the questions they answered. */
    private static List<AnswerRow> answers(SurveyResponse response, Survey survey, String language) {
        Map<String, SurveyQuestion> questions = survey.questionsByKey();
        return survey.getQuestions().stream()
                .flatMap(question -> response.getAnswers().stream()
                        .filter(answer -> answer.getKey().equals(question.getKey()))
                        .map(answer -> AnswerRow.of(questions.get(answer.getKey()), answer, language)))
                .toList();
    }

    /** One answer beside its question; for a choice, the chosen option's text. */
    record AnswerRow(String question, QuestionType type, Integer score, String text) {

        static AnswerRow of(SurveyQuestion question, Answer answer, String language) {
            String text = answer.getType() == QuestionType.CHOICE && answer.getScore() != null
                    && answer.getScore() < question.choices(language).size()
                            ? question.choices(language).get(answer.getScore())
                            : answer.getText();
            return new AnswerRow(question.text(language), answer.getType(), answer.getScore(), text);
        }
    }

    /** The follow-up, when it is in the caller's scope; otherwise as if it did not exist. */
    private FollowUp visible(UUID id, HttpServletRequest request, Principal principal) {
        FollowUp followUp;
        try {
            followUp = recovery.get(id);
        }
        catch (NoSuchElementException missing) {
            throw new RecordNotFoundException("follow-up", id);
        }
        if (!scope(request, principal).covers(followUp)) {
            throw new RecordNotFoundException("follow-up", id);
        }
        return followUp;
    }

    private FollowUpScope scope(HttpServletRequest request, Principal principal) {
        if (request.isUserInRole("ADMIN")) {
            return FollowUpScope.everyDepartment();
        }
        return FollowUpScope.managerOf(staff.findByUsername(principal.getName())
                .map(StaffUser::getDepartmentId).orElse(null));
    }
}
