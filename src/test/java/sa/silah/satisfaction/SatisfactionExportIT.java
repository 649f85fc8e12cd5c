package sa.silah.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.casework.Request;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class SatisfactionExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Satisfaction satisfaction;
    @Autowired
    ServiceRecovery recovery;
    @Autowired
    SurveyCatalog catalog;
    @Autowired
    ImprovementLog improvements;
    @Autowired
    Casework casework;
    @Autowired
    DepartmentManagement departments;
    @Autowired
    ServiceCatalog services;
    @Autowired
    StaffManagement staff;
    @Autowired
    BeneficiaryRegistry registry;

    SatisfactionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SatisfactionFixture(departments, services, staff, registry, casework, satisfaction);
        catalog.assign(fixture.serviceId, null, "general");
    }

    @Test
    void theFollowUpsOfTheManagersDepartmentAreExportedAndNoOneElses() throws Exception {
        Request request = fixture.request();
        fixture.answer(request, Map.of("overall", "1", "resolved", "1"));
        String ref = request.getReferenceNumber();

        String csv = text(download(get("/follow-ups/export.csv"), user(fixture.manager).roles("MANAGER")));
        assertThat(csv).startsWith("\uFEFF").contains(ref + ",تقييم عام منخفض,");
        assertThat(text(download(get("/follow-ups/export.csv"), user(fixture.otherManager).roles("MANAGER"))))
                .doesNotContain(ref);
        byte[] workbook = download(get("/follow-ups/export.xlsx"), user(fixture.manager).roles("MANAGER"));
        assertThat(firstColumn(workbook)).contains(ref);
        mvc.perform(get("/follow-ups/export.csv").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/follow-ups/export.xlsx").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anImprovementThatReadsLikeAFormulaIsNeutralisedInTheCsv() throws Exception {
        String word = TestData.uniqueWord();
        improvements.create(new ImprovementDetails("=HYPERLINK(\"http://evil.example\",\"" + word + "\")",
                "-" + word, LocalDate.now(), null), "manager");

        String csv = text(download(get("/improvements/export.csv"), user("manager").roles("MANAGER")));
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"" + word + "\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(text(download(get("/improvements/export.csv").param("lang", "en"), user("manager").roles("MANAGER"))))
                .contains(",'-" + word + ",");
        mvc.perform(get("/improvements/export.xlsx").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(status().isForbidden());
    }

    private byte[] download(MockHttpServletRequestBuilder export, RequestPostProcessor who) throws Exception {
        MvcResult started = mvc.perform(export.with(who)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<String> firstColumn(byte[] body) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            List<String> values = new ArrayList<>();
            for (Row row : sheet) {
                values.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            }
            return values;
        }
    }
}
