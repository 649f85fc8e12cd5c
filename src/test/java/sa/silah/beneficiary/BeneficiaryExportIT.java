package sa.silah.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import sa.silah.audit.AuditTrail;
import sa.silah.audit.PersonalDataAccess;
import sa.silah.shared.PagedRows;
import sa.silah.test.IntegrationTest;
import sa.silah.test.TestData;

@IntegrationTest
class BeneficiaryExportIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    BeneficiaryRegistry registry;
    @Autowired
    AuditTrail audit;

    @Test
    void exportsTheSearchAsTheListShowsItAndLogsEachRecordAsAccessed() throws Exception {
        String word = TestData.uniqueWord();
        String nationalId = TestData.nationalId('1');
        Beneficiary found = registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "نورة " + word, null,
                nationalId, null, null, null, "@تبوك", null, null, null, TestData.mobile(), null, null, List.of()));

        MvcResult started = mvc.perform(get("/beneficiaries/export.csv").param("q", word)
                        .with(user("exporting-officer").roles("OFFICER")))
                .andExpect(request().asyncStarted()).andExpect(header().string("X-Total-Rows", "1")).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF").contains("نورة " + word + ",فرد," + nationalId + ",")
                .as("a city that starts like a formula is neutralised").contains(",'@تبوك,");
        assertThat(audit.accessesOf(BeneficiaryRegistry.SUBJECT, found.getId().toString(), PageRequest.of(0, 10))
                .getContent()).extracting(PersonalDataAccess::getActor, PersonalDataAccess::getPurpose)
                .contains(tuple("exporting-officer", "EXPORT"));
    }

    @Test
    void streamsAListLongerThanAPageAndLogsTheRecordsOfEveryPageUnderTheExporter() throws Exception {
        String word = TestData.uniqueWord();
        List<Beneficiary> many = IntStream.range(0, PagedRows.PAGE_SIZE + 1).mapToObj(i -> registry.register(
                new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "هند " + word + " " + i, null, null, null, null,
                        null, null, null, null, null, TestData.mobile(), null, null, List.of()))).toList();

        MvcResult started = mvc.perform(get("/beneficiaries/export.csv").param("q", word)
                        .with(user("bulk-officer").roles("OFFICER")))
                .andExpect(request().asyncStarted())
                .andExpect(header().string("X-Total-Rows", String.valueOf(PagedRows.PAGE_SIZE + 1))).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n")).hasSize(PagedRows.PAGE_SIZE + 2);
        for (Beneficiary beneficiary : List.of(many.get(0), many.get(many.size() - 1))) {
            assertThat(audit.accessesOf(BeneficiaryRegistry.SUBJECT, beneficiary.getId().toString(),
                    PageRequest.of(0, 10)).getContent()).extracting(PersonalDataAccess::getActor).contains("bulk-officer");
        }
    }

    @Test
    void theWorkbookOpensWithPoiAndOnlyRegistryReadersMayExport() throws Exception {
        String word = TestData.uniqueWord();
        registry.register(new BeneficiaryDetails(BeneficiaryType.INDIVIDUAL, "ريم " + word, null, null, null, null,
                null, "جدة", null, null, null, TestData.mobile(), null, null, List.of()));
        MvcResult started = mvc.perform(get("/beneficiaries/export.xlsx").param("q", word)
                .with(user("staff-reader").roles("STAFF"))).andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ريم " + word);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("جدة");
        }
        mvc.perform(get("/beneficiaries/export.csv").with(user("board-member").roles("BOARD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beneficiaries/export.xlsx").with(user("board-member").roles("BOARD")))
                .andExpect(status().isForbidden());
    }
}
