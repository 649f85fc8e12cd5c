package sa.silah.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import sa.silah.test.IntegrationTest;

/** The dashboard's tables as files, for the known requests of {@link ReportsFixture} in March 2025. */
@IntegrationTest
class ReportExportIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    ReportsFixture fixture;

    @BeforeEach
    void knownRequests() {
        fixture = ReportsFixture.in(context);
    }

    @Test
    void theWorkbookHasASheetPerTableRightToLeftWithTheFiguresOfTheDashboard() throws Exception {
        byte[] body = download(march("xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(15);
            XSSFSheet byChannel = workbook.getSheet("الطلبات حسب القناة");
            assertThat(byChannel.isRightToLeft()).isTrue();
            assertThat(byChannel.getRow(0).getCell(0).getStringCellValue()).isEqualTo("الطلبات حسب القناة");
            Map<String, Double> channels = figures(byChannel);
            assertThat(channels).containsEntry("الهاتف", 3.0).containsEntry("المقابلة الشخصية", 1.0)
                    .containsEntry("الموقع الإلكتروني", 1.0).hasSize(7);
            assertThat(figures(workbook.getSheet("الطلبات حسب النوع"))).containsEntry("طلب خدمة", 4.0)
                    .containsEntry("شكوى", 1.0);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertThat(workbook.getSheetName(i)).hasSizeLessThanOrEqualTo(31);
            }
        }
    }

    @Test
    void theCsvHasEveryTableUnderItsTitleInEnglishWhenAskedFor() throws Exception {
        String csv = new String(download(march("csv").param("lang", "en")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFRequests by kind\r\nItem,Requests\r\n")
                .contains("\r\n\r\nRequests by channel\r\nItem,Requests\r\n", "\r\nPhone,3\r\n",
                        "\r\n\r\nSatisfaction month by month\r\n");
    }

    @Test
    void aBadParameterIsNamedAndOnlyResultReadersMayExport() throws Exception {
        mvc.perform(get("/reports/export.csv").param("from", "2025-02-30").param("to", "2025-03-31")
                        .param("channel", "PIGEON").with(user("manager").roles("MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("from: التاريخ غير صحيح")))
                .andExpect(content().string(containsString("channel: القيمة غير صحيحة")));
        mvc.perform(march("csv").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(march("xlsx").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder march(String format) {
        return get("/reports/export." + format).param("from", "2025-03-01").param("to", "2025-03-31")
                .param("departmentId", fixture.department.getId().toString());
    }

    private byte[] download(MockHttpServletRequestBuilder export) throws Exception {
        MvcResult started = mvc.perform(export.with(user("board").roles("BOARD")))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** The rows of a table's sheet below its title and header: each label's first figure. */
    private static Map<String, Double> figures(XSSFSheet sheet) {
        Map<String, Double> figures = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 1) {
                figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
            }
        }
        return figures;
    }
}
