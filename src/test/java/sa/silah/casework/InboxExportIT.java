package sa.silah.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.catalog.DepartmentManagement;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Channel;
import sa.silah.staff.StaffManagement;
import sa.silah.test.IntegrationTest;

@IntegrationTest
class InboxExportIT {

    @Autowired
    MockMvc mvc;
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

    CaseworkFixture fixture;
    Request known;
    Request formula;

    @BeforeEach
    void requests() {
        fixture = new CaseworkFixture(departments, services, staff, registry);
        Caseworker officer = casework.caseworker(fixture.officer);
        known = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceA, "طلب دعم إيجار", null, null, null, null, null, null), officer);
        formula = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.WEBSITE,
                fixture.serviceA, "=HYPERLINK(\"http://evil.example\",\"انقر\")", null, null, null, null, null, null),
                officer);
    }

    @Test
    void theCsvHasAByteOrderMarkTheFilteredRequestsWordedAndTheirTotalUpFront() throws Exception {
        MvcResult started = mvc.perform(inbox("csv").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("X-Total-Rows", "2"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8")).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).contains("رقم المعاملة", known.getReferenceNumber() + ",طلب دعم إيجار,طلب خدمة,الهاتف",
                "خدمة " + fixture.serviceA, "إدارة أ " + fixture.suffix, "\r\n");
        assertThat(csv).as("a subject that is a formula comes out as text")
                .contains(formula.getReferenceNumber() + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"انقر\"\")\"")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void theListLinksToItsExportWithItsFiltersAndTheLinkAnswers() throws Exception {
        String link = "/inbox/export.csv?tab=ALL&status=&kind=SERVICE&channel=&service=&sla=&department=&segment=&from=&to=&open=";
        mvc.perform(get("/inbox").param("tab", "ALL").param("kind", "SERVICE").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(content().string(containsString("href=\"" + link.replace("&", "&amp;") + "\"")));
        mvc.perform(get(link).with(user(fixture.officer).roles("OFFICER"))).andExpect(request().asyncStarted());
    }

    @Test
    void theWorkbookOpensWithPoiRightToLeftWithTheRequests() throws Exception {
        MvcResult started = mvc.perform(inbox("xlsx").with(user(fixture.officer).roles("OFFICER")))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("رقم المعاملة");
            assertThat(IntStream.rangeClosed(1, 2).mapToObj(i -> sheet.getRow(i).getCell(0)
                    .getStringCellValue())).containsExactlyInAnyOrder(known.getReferenceNumber(),
                            formula.getReferenceNumber());
        }
    }

    @Test
    void theExportHoldsOnlyWhatThePageShowsTheCaller() throws Exception {
        Request elsewhere = casework.submit(new NewRequest(fixture.beneficiary, RequestKind.SERVICE, Channel.PHONE,
                fixture.serviceB, "طلب في إدارة أخرى", null, null, null, null, null, null),
                casework.caseworker(fixture.officer));
        MvcResult started = mvc.perform(get("/inbox/export.csv").param("tab", "ALL")
                        .param("service", services.findByCode(fixture.serviceB).orElseThrow().getId().toString())
                        .with(user(fixture.staffA).roles("STAFF")))
                .andExpect(request().asyncStarted()).andExpect(header().string("X-Total-Rows", "0")).andReturn();
        assertThat(mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(elsewhere.getReferenceNumber());
        mvc.perform(inbox("csv").with(user("board-member").roles("BOARD"))).andExpect(status().isForbidden());
        mvc.perform(inbox("xlsx").with(user("board-member").roles("BOARD"))).andExpect(status().isForbidden());
        mvc.perform(inbox("pdf").with(user(fixture.officer).roles("OFFICER"))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder inbox(String format) {
        return get("/inbox/export." + format).param("tab", "ALL")
                .param("service", services.findByCode(fixture.serviceA).orElseThrow().getId().toString());
    }
}
