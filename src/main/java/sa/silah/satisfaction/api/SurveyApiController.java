package sa.silah.satisfaction.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.shared.ApiController;
import sa.silah.satisfaction.Measure;
import sa.silah.satisfaction.QuestionType;
import sa.silah.satisfaction.Survey;
import sa.silah.satisfaction.SurveyCatalog;
import sa.silah.satisfaction.SurveyQuestion;

/** The surveys beneficiaries are asked, read-only, for reporting tools that read the answers by question key. */
@ApiController("/api/v1/surveys")
@Tag(name = "Surveys",
        description = "Satisfaction surveys (استبيانات الرضا): the current version of each, with its questions")
class SurveyApiController {

    private final SurveyCatalog catalog;

    SurveyApiController(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The current surveys with their questions", description = "One entry per survey code, its "
            + "current version. Not paged: an association keeps a handful of surveys. Choices are one list per "
            + "language, in order; an answer to a CHOICE question is the chosen option's position.")
    List<SurveyEntry> current() {
        return catalog.current().stream().map(SurveyEntry::of).toList();
    }

    record SurveyEntry(String code, int version, String nameAr, String nameEn, Instant createdAt, String createdBy,
            List<QuestionEntry> questions) {

        static SurveyEntry of(Survey survey) {
            return new SurveyEntry(survey.getCode(), survey.getVersionNo(), survey.getNameAr(), survey.getNameEn(),
                    survey.getCreatedAt(), survey.getCreatedBy(),
                    survey.getQuestions().stream().map(QuestionEntry::of).toList());
        }
    }

    record QuestionEntry(String key, QuestionType type, Measure measure, String textAr, String textEn,
            List<String> choicesAr, List<String> choicesEn, boolean required) {

        static QuestionEntry of(SurveyQuestion question) {
            return new QuestionEntry(question.getKey(), question.getType(), question.getMeasure(),
                    question.getTextAr(), question.getTextEn(), question.choices("ar"), question.choices("en"),
                    question.isRequired());
        }
    }
}
