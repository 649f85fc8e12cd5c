package sa.silah.activity.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.silah.activity.ActivityStateException;
import sa.silah.activity.RegistrationRefusedException;
import sa.silah.eligibility.EligibilityTexts;

/**
 * The activities' refusals as problem details: 409 when the activity's or the registration's state does not allow
 * it, 422 for a registration refused, with every eligibility rule's reason when the beneficiary is not among those the
 * activity is for.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ActivityProblems.class)
class ActivityProblems {

    private final MessageSource messages;
    private final EligibilityTexts texts;

    ActivityProblems(MessageSource messages, EligibilityTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    @ExceptionHandler(ActivityStateException.class)
    ResponseEntity<ProblemDetail> state(ActivityStateException refused) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, refused.messageKey());
        problem.setProperty("errors", List.of(Map.of("field", "status", "message", message(refused.messageKey()))));
        return respond(problem);
    }

    @ExceptionHandler(RegistrationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RegistrationRefusedException refused) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey());
        problem.setProperty("errors",
                List.of(Map.of("field", "beneficiaryId", "message", message(refused.messageKey()))));
        refused.decision().ifPresent(decision -> problem.setProperty("reasons", decision.reasons().stream()
                .map(reason -> Map.of("rule", reason.rule().name(), "passed", reason.passed(), "text",
                        texts.text(reason)))
                .toList()));
        return respond(problem);
    }

    private ProblemDetail problem(HttpStatus status, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(messageKey));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
