package sa.silah.letters.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.silah.letters.LetterKeyReusedException;
import sa.silah.shared.ApiProblems;

/** An Idempotency-Key reused for another letter is 422, as for requests. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = LetterProblems.class)
class LetterProblems {

    private final ApiProblems problems;

    LetterProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(LetterKeyReusedException.class)
    ResponseEntity<ProblemDetail> reusedKey(LetterKeyReusedException refused) {
        return ApiProblems.respond(problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "letter.idempotencyKey.reused"));
    }
}
