package sa.silah.letters.api;

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

import sa.silah.letters.LetterKeyReusedException;

/** An Idempotency-Key reused for another letter is 422, as for requests. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = LetterProblems.class)
class LetterProblems {

    private final MessageSource messages;

    LetterProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(LetterKeyReusedException.class)
    ResponseEntity<ProblemDetail> reusedKey(LetterKeyReusedException refused) {
        String detail = messages.getMessage("letter.idempotencyKey.reused", null, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
