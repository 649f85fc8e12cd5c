package sa.silah.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import sa.silah.shared.ApiController;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.InvalidValueException;
import sa.silah.shared.RecordNotFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Every API error is an RFC 9457 problem: 400 names each offending field in {@code errors}, 409 points at
 * the record that already exists, 404 says nothing about whether the record ever existed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "sa.silah", annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException exception) {
        return badRequest(exception.problems());
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException exception) {
        return badRequest(List.of(new FieldProblem("value", exception.messageKey())));
    }

    @ExceptionHandler(DuplicateRecordException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateRecordException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message(exception.messageKey()));
        problem.setTitle(message("problem.duplicate"));
        problem.setProperty("errors", List.of(error(exception.field(), exception.messageKey())));
        problem.setProperty("existingId", exception.existingId());
        if (exception.existingId() != null) {
            problem.setProperty("existing", "/api/v1/" + exception.collection() + "/" + exception.existingId());
        }
        return problem(problem);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("problem.notFound"));
        problem.setTitle(message("problem.notFound.title"));
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(exception);
        List<Map<String, String>> errors = field == null ? List.of() : List.of(error(field, "problem.unreadableValue"));
        ProblemDetail problem = validationProblem(errors);
        problem.setDetail(message("problem.unreadable"));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    private static String fieldOf(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            var reference = databind.getPath().get(0);
            return reference.getPropertyName();
        }
        return null;
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> problems) {
        return problem(validationProblem(problems.stream().map(p -> error(p.field(), p.messageKey())).toList()));
    }

    private ProblemDetail validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.invalid"));
        problem.setTitle(message("problem.invalid.title"));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private Map<String, String> error(String field, String messageKey) {
        return Map.of("field", field, "message", message(messageKey));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        return headers;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
