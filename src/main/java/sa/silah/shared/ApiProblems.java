package sa.silah.shared;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Problem details in the caller's language for a module's own API refusals (its workflow's 409s and 422s), written
 * the one way the shared handler writes the rest: the status's phrase as the title, the message as the detail, and
 * {@code errors} naming the field.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem of this status whose detail is the message of this key. */
    public ProblemDetail of(HttpStatus status, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(messageKey));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** One entry of a problem's {@code errors}: the field and the message of this key. */
    public Map<String, String> error(String field, String messageKey) {
        return Map.of("field", field, "message", message(messageKey));
    }

    public String message(String messageKey) {
        return messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale());
    }

    /** The response carrying the problem, as {@code application/problem+json}. */
    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
