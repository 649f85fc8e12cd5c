package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableWriterTest {

    @Test
    void writesAWorkbookThatPoiReadsBackWithTextAndNumbersRightToLeftInArabic() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = ExportFormat.XLSX.writer(out, Locale.forLanguageTag("ar"))) {
            writer.startTable("الطلبات", List.of("الرقم", "الموضوع", "الفرق"));
            for (int i = 1; i <= 250; i++) {
                writer.row(Arrays.asList("REQ-" + i, i == 1 ? "=HYPERLINK(\"http://x\")" : "طلب " + i, -i));
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("الطلبات");
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("الرقم");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("طلب 2");
            assertThat(sheet.getRow(250).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(250).getCell(2).getNumericCellValue()).isEqualTo(-250.0);
            assertThat(sheet.getLastRowNum()).as("every row, beyond the window kept in memory").isEqualTo(250);
        }
    }

    @Test
    void givesEachTableASheetOfItsOwnWithAShortUniqueNameLeftToRightInEnglish() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String longTitle = "Suggestions by service: the whole period";
        try (TableWriter writer = ExportFormat.XLSX.writer(out, Locale.ENGLISH)) {
            writer.startTitledTable(longTitle, List.of("Item", "Requests"));
            writer.row(List.of("Phone", 3));
            writer.startTitledTable(longTitle, List.of("Item", "Requests"));
            writer.row(List.of("Letter", 1));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet first = workbook.getSheetAt(0);
            XSSFSheet second = workbook.getSheetAt(1);
            assertThat(first.getSheetName()).hasSizeLessThanOrEqualTo(31).isNotEqualTo(second.getSheetName());
            assertThat(second.getSheetName()).hasSizeLessThanOrEqualTo(31).endsWith("(2)");
            assertThat(first.isRightToLeft()).isFalse();
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo(longTitle);
            assertThat(first.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Requests");
            assertThat(first.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(second.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Letter");
        }
    }
}
