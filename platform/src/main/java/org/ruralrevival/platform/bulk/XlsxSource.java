package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.ruralrevival.platform.problem.Problems;

/**
 * The first sheet of an .xlsx workbook, row by row (FastExcel's streaming reader). A zip file keeps
 * its table of contents at the end, so the upload is first copied to a temporary file (disk, not
 * memory) and the sheet is then streamed from there.
 */
final class XlsxSource extends TabularSource {

    private final Path file;
    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;

    XlsxSource(InputStream body, BulkColumns columns, ObjectMapper mapper) throws IOException {
        super(columns, mapper);
        file = Files.createTempFile("bulk-", ".xlsx");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw Problems.badRequest("bulk.xlsx.unreadable");
        }
    }

    @Override
    protected Row nextRow() throws IOException {
        if (!rows.hasNext()) {
            return null;
        }
        org.dhatim.fastexcel.reader.Row row = rows.next();
        List<Object> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(value(row.getCell(i)));
        }
        return new Row(row.getRowNum(), cells);
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        switch (cell.getType()) {
            case NUMBER:
                String format = cell.getDataFormatString();
                if (format != null && (format.contains("yy") || format.contains("d") && format.contains("m"))) {
                    return cell.asDate();
                }
                return cell.asNumber();
            case BOOLEAN:
                return cell.asBoolean();
            case STRING:
            case FORMULA:
            default:
                return cell.getText();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
