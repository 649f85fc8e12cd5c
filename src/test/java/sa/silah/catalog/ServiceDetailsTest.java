package sa.silah.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.shared.FieldProblem;
import sa.silah.sla.BusinessDuration;

class ServiceDetailsTest {

    static ServiceDetails details(String code, String duration, List<RequiredDocument> documents) {
        return new ServiceDetails(code, "  سلة   غذائية ", "Food basket", " سلة شهرية ", null, " social_care ", duration,
                documents, List.of(" low_income ", "", "LOW_INCOME", "widows"), true, false);
    }

    @Test
    void cleansTheValuesItAccepts() {
        List<FieldProblem> problems = new ArrayList<>();
        var checked = details(" food_basket ", "P3D", List.of(new RequiredDocument(" صورة الهوية ", " "),
                new RequiredDocument(null, null))).check(problems);

        assertThat(problems).isEmpty();
        assertThat(checked.code()).isEqualTo("FOOD_BASKET");
        assertThat(checked.nameAr()).isEqualTo("سلة غذائية");
        assertThat(checked.descriptionAr()).isEqualTo("سلة شهرية");
        assertThat(checked.descriptionEn()).isNull();
        assertThat(checked.departmentCode()).isEqualTo("SOCIAL_CARE");
        assertThat(checked.standardDuration()).isEqualTo(BusinessDuration.ofDays(3));
        assertThat(checked.requiredDocuments()).as("blank rows are left out, a blank English name is none")
                .containsExactly(new RequiredDocument("صورة الهوية", null));
        assertThat(checked.segmentCodes()).containsExactly("LOW_INCOME", "WIDOWS");
    }

    @Test
    void collectsEveryProblemAtOnce() {
        var details = new ServiceDetails("1 bad", " ", null, null, "x".repeat(2001), " ", "three days",
                List.of(new RequiredDocument(null, "Copy of the ID")), List.of(), true, true);

        assertThat(problems(details)).containsExactly(
                new FieldProblem("code", "service.code.invalid"),
                new FieldProblem("nameAr", "service.name.required"),
                new FieldProblem("nameEn", "service.name.required"),
                new FieldProblem("descriptionEn", "service.description.tooLong"),
                new FieldProblem("department", "service.department.required"),
                new FieldProblem("standardDuration", "service.standardDuration.invalid"),
                new FieldProblem("requiredDocuments", "service.requiredDocuments.arabicRequired"));
    }

    @Test
    void acceptsCodesOfTwoToFortyCapitalsDigitsAndUnderscoresStartingWithALetter() {
        assertThat(problems(details("AB", "P1D", List.of()))).isEmpty();
        assertThat(problems(details("A" + "_9".repeat(19) + "Z", "P1D", List.of()))).isEmpty();
        for (String code : new String[] { "A", "9AB", "_AB", "AB-C", "ABC D", "A" + "B".repeat(40), "", null }) {
            assertThat(problems(details(code, "P1D", List.of()))).as(code)
                    .containsExactly(new FieldProblem("code", "service.code.invalid"));
        }
    }

    @Test
    void wantsAStandardDurationAboveZeroAndAtMostAWorkingYear() {
        assertThat(problems(details("AB", "PT4H", List.of()))).isEmpty();
        assertThat(problems(details("AB", "P250D", List.of()))).isEmpty();
        assertThat(problems(details("AB", null, List.of())))
                .containsExactly(new FieldProblem("standardDuration", "service.standardDuration.required"));
        assertThat(problems(details("AB", "P0D", List.of())))
                .containsExactly(new FieldProblem("standardDuration", "service.standardDuration.range"));
        assertThat(problems(details("AB", "P251D", List.of())))
                .containsExactly(new FieldProblem("standardDuration", "service.standardDuration.range"));
        assertThat(problems(details("AB", "3", List.of())))
                .containsExactly(new FieldProblem("standardDuration", "service.standardDuration.invalid"));
    }

    @Test
    void namesATooLongOrTooLongAListOfDocumentsOnceEach() {
        var longName = new RequiredDocument("م".repeat(201), null);
        assertThat(problems(details("AB", "P1D", List.of(longName, longName))))
                .containsExactly(new FieldProblem("requiredDocuments", "service.requiredDocuments.tooLong"));
        var many = Collections.nCopies(31, new RequiredDocument("صورة الهوية", "ID"));
        assertThat(problems(details("AB", "P1D", many)))
                .containsExactly(new FieldProblem("requiredDocuments", "service.requiredDocuments.tooMany"));
    }

    private static List<FieldProblem> problems(ServiceDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        details.check(problems);
        return problems;
    }
}
