package sa.silah.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.test.IntegrationTest;

@IntegrationTest
class AnnualReportControllerIT {

    private static final RequestPostProcessor MANAGER = user("test-manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Test
    void managersAndTheBoardChooseAYearAndOfficersMayNot() throws Exception {
        AnnualReportForm form = (AnnualReportForm) mvc.perform(get("/reports/annual").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("التقرير السنوي لعلاقات المستفيدين")))
                .andReturn().getModelAndView().getModel().get("form");
        assertThat(form.getCalendar()).isEqualTo("hijri");
        assertThat(Integer.parseInt(form.getYear())).as("the last whole Hijri year").isBetween(1446, 1600);
        mvc.perform(get("/reports/annual").with(user("test-board").roles("BOARD"))).andExpect(status().isOk());
        mvc.perform(get("/reports/annual").with(user("test-officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/annual.pdf").param("calendar", "hijri").param("year", "1446")
                .with(user("test-officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void downloadsTheReportOfAYearAsAPdfAttachment() throws Exception {
        byte[] pdf = mvc.perform(get("/reports/annual.pdf").param("calendar", "gregorian").param("year", "2025").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("annual-report-2025.pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void aBadYearOrCalendarIsNamedBesideItsField() throws Exception {
        mvc.perform(get("/reports/annual").param("calendar", "hijri").param("year", "abc").with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "year", "report.period.invalidYear"))
                .andExpect(content().string(containsString("السنة غير صحيحة")));
        mvc.perform(get("/reports/annual.pdf").param("calendar", "gregorian").param("year", "99999").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "year", "report.period.invalidYear"));
        mvc.perform(get("/reports/annual.pdf").param("calendar", "julian").param("year", "2025").with(MANAGER))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("form", "calendar", "report.annual.form.unknownCalendar"));
    }
}
