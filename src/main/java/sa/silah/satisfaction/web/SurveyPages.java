package sa.silah.satisfaction.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import sa.silah.catalog.ServiceCatalog;
import sa.silah.satisfaction.AssociationName;
import sa.silah.satisfaction.Invitation;
import sa.silah.satisfaction.InvitationClosedException;
import sa.silah.satisfaction.Satisfaction;
import sa.silah.satisfaction.Survey;
import sa.silah.shared.InvalidFieldsException;

/**
 * The page a beneficiary answers a survey on, reached by the link of their invitation without signing in: one
 * page in the invitation's language, answered in one submission, then thanks. A link that is unknown, answered
 * or expired gets a kind page of its own instead.
 */
@Controller
@RequestMapping("/s/{token}")
class SurveyPages {

    /** The form names each answer {@code answer.<question key>}. */
    static final String ANSWER_PREFIX = "answer.";

    /** What a link that takes no answers shows. */
    enum Closed {
        NOT_FOUND(HttpStatus.NOT_FOUND), ANSWERED(HttpStatus.OK), EXPIRED(HttpStatus.GONE), THANKS(HttpStatus.OK);

        private final HttpStatus status;

        Closed(HttpStatus status) {
            this.status = status;
        }
    }

    private final Satisfaction satisfaction;
    private final ServiceCatalog services;
    private final AssociationName association;
    private final LocaleResolver locales;
    private final Clock clock;

    SurveyPages(Satisfaction satisfaction, ServiceCatalog services, AssociationName association,
            LocaleResolver locales, Clock clock) {
        this.satisfaction = satisfaction;
        this.services = services;
        this.association = association;
        this.locales = locales;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Invitation> found = satisfaction.invitation(token);
        if (found.isEmpty()) {
            return closed(Closed.NOT_FOUND, null, model, response);
        }
        Invitation invitation = found.get();
        String language = speak(invitation, lang, request, response);
        Optional<Invitation.Closed> closed = invitation.closedAt(clock.instant());
        if (closed.isPresent()) {
            return closed(closedPage(closed.get()), invitation, model, response);
        }
        return form(invitation, language, Map.of(), false, Map.of(), model);
    }

    @PostMapping
    String answer(@PathVariable String token, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String lang, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Invitation> found = satisfaction.invitation(token);
        if (found.isEmpty()) {
            return closed(Closed.NOT_FOUND, null, model, response);
        }
        Invitation invitation = found.get();
        String language = speak(invitation, lang, request, response);
        Map<String, String> answers = answersIn(params);
        boolean anonymous = "true".equals(params.get("anonymous"));
        try {
            satisfaction.answer(token, answers, anonymous);
            return "redirect:/s/" + invitation.getToken() + "/thanks?lang=" + language;
        }
        catch (InvalidFieldsException invalid) {
            Map<String, String> problems = new HashMap<>();
            invalid.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.messageKey()));
            return form(invitation, language, answers, anonymous, problems, model);
        }
        catch (InvitationClosedException refused) {
            // A second submission, from another tab or a double tap, changes nothing.
            return refused(closedPage(refused.reason()), invitation, model, response);
        }
        catch (OptimisticLockingFailureException answeredMeanwhile) {
            // Two submissions at the same instant: the other one was taken.
            return refused(Closed.ANSWERED, invitation, model, response);
        }
    }

    /** A submission to a link that takes no more answers: a conflict when answered, gone when expired. */
    private String refused(Closed page, Invitation invitation, Model model, HttpServletResponse response) {
        String view = closed(page, invitation, model, response);
        if (page == Closed.ANSWERED) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return view;
    }

    /** Thanks, only once the link has been answered; before that the link's own page. */
    @GetMapping("/thanks")
    String thanks(@PathVariable String token, @RequestParam(required = false) String lang, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Invitation> found = satisfaction.invitation(token);
        if (found.isEmpty()) {
            return closed(Closed.NOT_FOUND, null, model, response);
        }
        Invitation invitation = found.get();
        speak(invitation, lang, request, response);
        if (invitation.getAnsweredAt() == null) {
            return "redirect:/s/" + invitation.getToken();
        }
        return closed(Closed.THANKS, invitation, model, response);
    }

    private String form(Invitation invitation, String language, Map<String, String> answers, boolean anonymous,
            Map<String, String> problems, Model model) {
        Survey survey = satisfaction.surveyOf(invitation);
        Locale locale = locale(language);
        model.addAttribute("associationName", association.in(locale));
        model.addAttribute("invitation", invitation);
        model.addAttribute("survey", survey);
        model.addAttribute("language", language);
        model.addAttribute("otherLanguage", "en".equals(language) ? "ar" : "en");
        model.addAttribute("serviceName", invitation.getBreakdown().getServiceId() == null ? null
                : services.get(invitation.getBreakdown().getServiceId()).name(locale));
        model.addAttribute("answers", answers);
        model.addAttribute("anonymous", anonymous);
        model.addAttribute("problems", problems);
        return "satisfaction/survey";
    }

    private String closed(Closed state, Invitation invitation, Model model, HttpServletResponse response) {
        response.setStatus(state.status.value());
        model.addAttribute("state", state);
        model.addAttribute("invitation", invitation);
        model.addAttribute("associationName", association.in(LocaleContextHolder.getLocale()));
        return "satisfaction/survey-closed";
    }

    private static Closed closedPage(Invitation.Closed reason) {
        return reason == Invitation.Closed.ANSWERED ? Closed.ANSWERED : Closed.EXPIRED;
    }

    /**
     * The page speaks the invitation's language, or the other one when the reader chose it with the link at the
     * top; the choice holds for the rest of their visit.
     */
    private String speak(Invitation invitation, String chosen, HttpServletRequest request,
            HttpServletResponse response) {
        String language = "en".equals(chosen) || "ar".equals(chosen) ? chosen
                : "en".equals(invitation.getLanguage()) ? "en" : "ar";
        locales.setLocale(request, response, locale(language));
        return language;
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }

    /** The answers among the form's fields, by question key; the CSRF token and the rest are left out. */
    static Map<String, String> answersIn(Map<String, String> params) {
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                answers.put(name.substring(ANSWER_PREFIX.length()), value);
            }
        });
        return answers;
    }
}
