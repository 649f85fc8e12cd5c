package sa.silah.casework.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.silah.casework.IdempotencyKeyReusedException;
import sa.silah.casework.NotAllowedException;
import sa.silah.casework.RequestTransitionException;
import sa.silah.shared.ApiProblems;

/** The casework refusals as problem details: 409 for the workflow, 422 for a reused key, 403. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = CaseworkProblems.class)
class CaseworkProblems {

    private final ApiProblems problems;

    CaseworkProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RequestTransitionException.class)
    ResponseEntity<ProblemDetail> transition(RequestTransitionException refused) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, refused.messageKey());
        problem.setProperty("from", refused.from());
        problem.setProperty("to", refused.to());
        problem.setProperty("errors", List.of(problems.error("to", refused.messageKey())));
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> reusedKey(IdempotencyKeyReusedException refused) {
        return ApiProblems.respond(problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "request.idempotencyKey.reused"));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException refused) {
        return ApiProblems.respond(problems.of(HttpStatus.FORBIDDEN, refused.messageKey()));
    }
}
