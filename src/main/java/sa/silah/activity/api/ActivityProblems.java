package sa.silah.activity.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import sa.silah.activity.ActivityStateException;
import sa.silah.activity.RegistrationRefusedException;
import sa.silah.eligibility.EligibilityTexts;
import sa.silah.shared.ApiProblems;

/**
 * The activities' refusals as problem details: 409 when the activity's or the registration's state does not allow
 * it, 422 for a registration refused, with every eligibility rule's reason when the beneficiary is not among those the
 * activity is for.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = ActivityProblems.class)
class ActivityProblems {

    private final ApiProblems problems;
    private final EligibilityTexts texts;

    ActivityProblems(ApiProblems problems, EligibilityTexts texts) {
        this.problems = problems;
        this.texts = texts;
    }

    @ExceptionHandler(ActivityStateException.class)
    ResponseEntity<ProblemDetail> state(ActivityStateException refused) {
        ProblemDetail problem = problems.of(HttpStatus.CONFLICT, refused.messageKey());
        problem.setProperty("errors", List.of(problems.error("status", refused.messageKey())));
        return ApiProblems.respond(problem);
    }

    @ExceptionHandler(RegistrationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RegistrationRefusedException refused) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey());
        problem.setProperty("errors", List.of(problems.error("beneficiaryId", refused.messageKey())));
        refused.decision().ifPresent(decision -> problem.setProperty("reasons", decision.reasons().stream()
                .map(reason -> Map.of("rule", reason.rule().name(), "passed", reason.passed(), "text",
                        texts.text(reason)))
                .toList()));
        return ApiProblems.respond(problem);
    }
}
