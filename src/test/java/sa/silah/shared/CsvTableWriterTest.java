package sa.silah.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTableWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x.example\",\"click\")",
                        "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""),
                Arguments.of("+966500000000", "'+966500000000"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1:A2)", "'@SUM(A1:A2)"),
                Arguments.of("plain text", "plain text"),
                Arguments.of("طلب خدمة رقم 5", "طلب خدمة رقم 5"),
                Arguments.of("=طلب", "'=طلب"),
                Arguments.of("a, b", "\"a, b\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of("x=1", "x=1"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula(String text, String expected) {
        assertThat(CsvTableWriter.cell(text)).isEqualTo(expected);
    }

    @Test
    void neutralisesATabOrACarriageReturnAtTheStartAndQuotesLineBreaks() {
        assertThat(CsvTableWriter.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvTableWriter.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvTableWriter.cell("first line\nsecond")).isEqualTo("\"first line\nsecond\"");
    }

    @Test
    void writesNumbersAsNumbersNegativeOnesIncluded() {
        assertThat(CsvTableWriter.cell(-12L)).isEqualTo("-12");
        assertThat(CsvTableWriter.cell(-3.5)).isEqualTo("-3.5");
        assertThat(CsvTableWriter.cell(42)).isEqualTo("42");
        assertThat(CsvTableWriter.cell(87.0)).isEqualTo("87");
        assertThat(CsvTableWriter.cell(1.0E7)).isEqualTo("10000000");
        assertThat(CsvTableWriter.cell(new BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(CsvTableWriter.cell(null)).isEmpty();
        assertThat(CsvTableWriter.cell("-12")).as("text that looks like a number is still text").isEqualTo("'-12");
    }

    @Test
    void startsWithAByteOrderMarkAndEndsEveryRowWithCrLf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = ExportFormat.CSV.writer(out, Locale.forLanguageTag("ar"))) {
            writer.startTable("الطلبات", List.of("الرقم", "الموضوع", "العدد"));
            writer.row(Arrays.asList("REQ-1", "=cmd|' /C calc'!A0", -4));
            writer.row(Arrays.asList("REQ-2", null, 7));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "الرقم,الموضوع,العدد\r\nREQ-1,'=cmd|' /C calc'!A0,-4\r\nREQ-2,,7\r\n");
    }

    @Test
    void separatesTitledTablesByABlankLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = ExportFormat.CSV.writer(out, Locale.ENGLISH)) {
            writer.startTitledTable("By channel", List.of("Item", "Requests"));
            writer.row(List.of("Phone", 3));
            writer.startTitledTable("By kind", List.of("Item", "Requests"));
            writer.row(List.of("Service", 4));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFBy channel\r\nItem,Requests\r\nPhone,3\r\n"
                + "\r\nBy kind\r\nItem,Requests\r\nService,4\r\n");
    }
}
