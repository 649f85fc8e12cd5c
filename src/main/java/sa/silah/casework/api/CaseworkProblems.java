package sa.silah.casework.api;

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

import sa.silah.casework.IdempotencyKeyReusedException;
import sa.silah.casework.NotAllowedException;
import sa.silah.casework.RequestTransitionException;

/** The casework refusals as problem details: 409 for the workflow, 422 for a reused key, 403. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = CaseworkProblems.class)
class CaseworkProblems {

    private final MessageSource messages;

    CaseworkProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RequestTransitionException.class)
    ResponseEntity<ProblemDetail> transition(RequestTransitionException refused) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, refused.messageKey());
        problem.setProperty("from", refused.from());
        problem.setProperty("to", refused.to());
        problem.setProperty("errors", List.of(Map.of("field", "to", "message", message(refused.messageKey()))));
        return respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> reusedKey(IdempotencyKeyReusedException refused) {
        return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, "request.idempotencyKey.reused"));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException refused) {
        return respond(problem(HttpStatus.FORBIDDEN, refused.messageKey()));
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
