package sa.silah.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written with POI's streaming SXSSF: only the last {@value #WINDOW} rows of a sheet stay in
 * memory, the rest go to a compressed temporary file that {@link #close()} deletes. Sheets read right to left
 * for an Arabic reader; headers are bold; numbers are numeric cells.
 *
 * <p>Text cells are stored as text, never as formulas, so a workbook needs no neutralising of {@code =…}.
 */
final class XlsxTableWriter implements TableWriter {

    static final int WINDOW = 100;
    private static final int MAX_SHEET_NAME = 31;
    private static final int COLUMN_WIDTH = 24 * 256;

    private final OutputStream out;
    private final boolean rightToLeft;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle bold;
    private final Set<String> sheetNames = new HashSet<>();
    private Sheet sheet;
    private int nextRow;

    XlsxTableWriter(OutputStream out, Locale language) {
        this.out = out;
        this.rightToLeft = "ar".equals(language.getLanguage());
        workbook.setCompressTempFiles(true);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    @Override
    public void startTable(String name, List<String> columns) {
        startSheet(name, columns.size());
        styled(columns);
    }

    @Override
    public void startTitledTable(String title, List<String> columns) {
        startSheet(title, columns.size());
        styled(List.of(title));
        styled(columns);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (sheet == null) {
                startTable("-", List.of());
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void startSheet(String name, int columns) {
        sheet = workbook.createSheet(uniqueName(name));
        sheet.setRightToLeft(rightToLeft);
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        nextRow = 0;
    }

    private void styled(List<String> cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            cell.setCellStyle(bold);
        }
    }

    /** A sheet name Excel accepts (at most 31 characters, none of {@code \ / ? * [ ] :}) and no other sheet has. */
    private String uniqueName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "-" : wanted);
        String name = safe;
        for (int n = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
