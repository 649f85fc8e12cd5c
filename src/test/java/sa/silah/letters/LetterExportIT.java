package sa.silah.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.casework.Casework;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class LetterExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    LetterRegister register;
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

    LettersFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new LettersFixture(departments, services, staff, registry, casework);
    }

    @Test
    void exportsTheRegisterWithThePagesFilters() throws Exception {
        String word = TestData.uniqueWord();
        Letter letter = register.register(fixture.incoming("+شكوى " + word), fixture.officer);

        MvcResult started = mvc.perform(get("/letters/export.csv").param("q", word).with(user(fixture.officer)
                .roles("OFFICER"))).andExpect(request().asyncStarted()).andExpect(header().string("X-Total-Rows", "1"))
                .andReturn();
        String csv = new String(download(started), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(letter.getNumber() + ",وارد,", ",وزارة الموارد البشرية,'+شكوى " + word);

        MvcResult outgoing = mvc.perform(get("/letters/export.xlsx").param("q", word).param("direction", "OUTGOING")
                .with(user(fixture.officer).roles("OFFICER"))).andExpect(request().asyncStarted()).andReturn();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(outgoing)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the header alone").isZero();
            assertThat(sheet.isRightToLeft()).isTrue();
        }
        mvc.perform(export("csv").with(user("board-member").roles("BOARD"))).andExpect(status().isForbidden());
        mvc.perform(export("xlsx").with(user("board-member").roles("BOARD"))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder export(String format) {
        return get("/letters/export." + format);
    }

    private byte[] download(MvcResult started) throws Exception {
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }
}
