package sa.silah.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import sa.silah.catalog.RequiredDocument;
import sa.silah.catalog.ServiceDetails;

class ServiceFormTest {

    @Test
    void turnsANumberAndAUnitIntoBusinessTime() {
        ServiceForm form = new ServiceForm();
        form.setDurationAmount(" 3 ");
        assertThat(form.getStandardDuration()).isEqualTo("P3D");
        form.setDurationUnit(DurationUnit.HOURS);
        form.setDurationAmount("٤");
        assertThat(form.getStandardDuration()).as("Arabic-Indic digits").isEqualTo("PT4H");
        form.setDurationAmount("");
        assertThat(form.getStandardDuration()).isNull();
        form.setDurationAmount("ثلاثة");
        assertThat(form.getStandardDuration()).as("handed over for the catalog to refuse").isEqualTo("ثلاثة");
    }

    @Test
    void pairsTheDocumentsLineByLine() {
        ServiceForm form = new ServiceForm();
        form.setRequiredDocumentsAr("صورة الهوية\r\n\nصورة سجل الأسرة\n");
        form.setRequiredDocumentsEn("Copy of the ID\n\n\nBank statement");
        assertThat(form.getRequiredDocuments()).containsExactly(
                new RequiredDocument("صورة الهوية", "Copy of the ID"),
                new RequiredDocument("صورة سجل الأسرة", null),
                new RequiredDocument(null, "Bank statement"));
    }

    @Test
    void showsAStoredDurationInWholeDaysOrElseInHours() {
        assertThat(form("P10D")).extracting(ServiceForm::getDurationAmount, ServiceForm::getDurationUnit)
                .containsExactly("10", DurationUnit.DAYS);
        assertThat(form("P1DT4H")).extracting(ServiceForm::getDurationAmount, ServiceForm::getDurationUnit)
                .containsExactly("12", DurationUnit.HOURS);
        assertThat(form("PT90M").getDurationAmount()).as("minutes stay ISO text").isEqualTo("PT1H30M");
        assertThat(form("PT90M").getStandardDuration()).isEqualTo("PT1H30M");
    }

    @Test
    void givesBackTheDetailsItWasFilledWith() {
        ServiceDetails details = new ServiceDetails("FOOD_BASKET", "سلة غذائية", "Food basket", null, null,
                "SOCIAL_CARE", "P3D", List.of(new RequiredDocument("صورة الهوية", "Copy of the ID"),
                        new RequiredDocument("صورة سجل الأسرة", null)), List.of("WIDOWS"), false, true);
        assertThat(ServiceForm.of(details).toDetails()).isEqualTo(details);
    }

    private static ServiceForm form(String duration) {
        return ServiceForm.of(new ServiceDetails("AB", "أ", "A", null, null, "D", duration, List.of(), List.of(), true,
                false));
    }
}
