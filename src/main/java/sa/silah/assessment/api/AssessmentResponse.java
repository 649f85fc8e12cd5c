package sa.silah.assessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import sa.silah.assessment.Assessment;
import sa.silah.assessment.AssessmentDefinition;
import sa.silah.assessment.AssessmentForm;
import sa.silah.assessment.Factor;

/**
 * An assessment as the API shows it: the score, the need level and the explanation, each line's factor in the
 * request's language. No answers: a line from a sensitive answer is {@code hidden} (no factor, observation or points)
 * for a caller who may not read sensitive answers.
 */
record AssessmentResponse(UUID id, UUID beneficiaryId, String form, int formVersion, int score, String needLevel,
        List<Line> explanation, LocalDate validUntil, String status, String via, String assessedBy,
        Instant assessedAt, String verifiedBy, Instant verifiedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String factor, String observed, Integer points, boolean hidden) {
    }

    static Function<Assessment, AssessmentResponse> of(Function<UUID, AssessmentForm> forms, boolean seesSensitive,
            Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return assessment -> {
            AssessmentForm form = forms.apply(assessment.getFormId());
            AssessmentDefinition definition = form.definition();
            List<Line> lines = assessment.explanation().stream()
                    .map(factor -> !seesSensitive && definition.fromSensitiveAnswer(factor)
                            ? new Line(null, null, null, true)
                            : new Line(label(factor, english), factor.observed(), factor.points(), false))
                    .toList();
            return new AssessmentResponse(assessment.getId(), assessment.getBeneficiaryId(), form.getCode(),
                    form.getVersionNo(), assessment.getScore(), assessment.getNeedLevel().name(), lines,
                    assessment.getValidUntil(), assessment.getStatus().name(), assessment.getVia().name(),
                    assessment.getAssessedBy(), assessment.getAssessedAt(), assessment.getVerifiedBy(),
                    assessment.getVerifiedAt());
        };
    }

    private static String label(Factor factor, boolean english) {
        return english && factor.labelEn() != null && !factor.labelEn().isBlank() ? factor.labelEn() : factor.labelAr();
    }
}
