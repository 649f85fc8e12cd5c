package sa.silah.assessment.api;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.assessment.AssessedVia;
import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentForm;
import sa.silah.assessment.NeedAssessments;
import sa.silah.assessment.web.SensitiveAnswers;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** A beneficiary's needs assessments: assessing through the API, and the history with each score explained. */
@ApiController("/api/v1/beneficiaries/{id}/assessments")
class AssessmentApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final NeedAssessments assessments;

    AssessmentApiController(NeedAssessments assessments) {
        this.assessments = assessments;
    }

    @PostMapping
    @Operation(summary = "Assess a beneficiary", description = "An officer's assessment at an interview or a home "
            + "visit; it counts at once. 400 names every offending answer as answers[code]; sensitive answers need "
            + "the beneficiary's consent to sensitive data")
    ResponseEntity<AssessmentResponse> assess(@PathVariable UUID id, @RequestBody NewAssessment request,
            Authentication user, Locale locale) {
        String form = request.form() == null || request.form().isBlank() ? NeedAssessments.GENERAL_FORM : request.form();
        Assessment assessment = assessments.assess(id, form, request.answers(), officersVia(request.via()),
                user.getName());
        return ResponseEntity.created(URI.create("/api/v1/beneficiaries/" + id + "/assessments/" + assessment.getId()))
                .body(response(user, locale).apply(assessment));
    }

    @GetMapping
    @Operation(summary = "A beneficiary's assessments, newest first, each with its explained score")
    ApiPage<AssessmentResponse> history(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Authentication user, Locale locale) {
        var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return ApiPage.of(assessments.history(id, request), response(user, locale));
    }

    /** One reading of each form version per response, not one per assessment. */
    private Function<Assessment, AssessmentResponse> response(Authentication user, Locale locale) {
        Map<UUID, AssessmentForm> forms = new HashMap<>();
        return AssessmentResponse.of(formId -> forms.computeIfAbsent(formId, assessments::form),
                SensitiveAnswers.mayRead(user), locale);
    }

    private static AssessedVia officersVia(String via) {
        if (AssessedVia.INTERVIEW.name().equals(via)) {
            return AssessedVia.INTERVIEW;
        }
        if (AssessedVia.HOME_VISIT.name().equals(via)) {
            return AssessedVia.HOME_VISIT;
        }
        throw new InvalidFieldsException(List.of(new FieldProblem("via", "assessment.via.required")));
    }
}
