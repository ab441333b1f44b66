package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ruralrevival.platform.problem.Messages;

/**
 * Writes a collection's columns as an .xlsx (FastExcel, streamed) or CSV: the bulk template, and
 * exports of lists in the same layout so an export can be uploaded again unchanged.
 *
 * <p>Sheet layout: row 1 the Chinese labels, row 2 (hidden) the field names, data from row 3; enum
 * columns get a dropdown of their allowed values, listed on a second sheet 可选值.
 */
public final class Sheets {

    static final String DATA_SHEET = "数据";
    static final String ALLOWED_SHEET = "可选值";
    /** Rows of the template that carry the enum dropdowns. */
    private static final int TEMPLATE_ROWS = 5000;
    private static final CsvMapper CSV = new CsvMapper();

    private Sheets() {
    }

    /** Rows as JSON records, a page at a time: an empty page ends the export. */
    public interface Pages extends IntFunction<List<?>> {
    }

    public static void template(BulkColumns columns, OutputStream out) throws IOException {
        xlsx(columns, out, page -> List.of(), null);
    }

    /** The workbook: labels, field names, the pages' rows, dropdowns and the allowed-values sheet. */
    public static void xlsx(BulkColumns columns, OutputStream out, Pages pages, ObjectMapper mapper) throws IOException {
        Workbook workbook = new Workbook(out, "rural-revival", "1.0");
        Worksheet data = workbook.newWorksheet(DATA_SHEET);
        Worksheet allowed = workbook.newWorksheet(ALLOWED_SHEET);
        List<BulkColumns.Column> cols = columns.columns();
        for (int c = 0; c < cols.size(); c++) {
            data.value(0, c, cols.get(c).label(Messages.CHINESE, columns.collection()));
            data.style(0, c).bold().set();
            data.value(1, c, cols.get(c).path());
            data.width(c, 18);
        }
        data.hideRow(1);
        data.freezePane(0, 2);
        int listColumn = 0;
        for (int c = 0; c < cols.size(); c++) {
            List<String> values = cols.get(c).allowed();
            if (values.isEmpty()) {
                continue;
            }
            allowed.value(0, listColumn, cols.get(c).label(Messages.CHINESE, columns.collection()));
            for (int i = 0; i < values.size(); i++) {
                allowed.value(i + 1, listColumn, values.get(i));
            }
            data.range(2, c, 2 + TEMPLATE_ROWS, c).validateWithList(allowed.range(1, listColumn, values.size(), listColumn))
                    .allowBlank(true).showErrorMessage(true);
            listColumn++;
        }
        allowed.finish();
        int row = 2;
        for (int page = 0; ; page++) {
            List<?> records = pages.apply(page);
            if (records.isEmpty()) {
                break;
            }
            for (Object record : records) {
                String[] cells = columns.flatten(mapper.valueToTree(record));
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        data.value(row, c, cells[c]);
                    }
                }
                row++;
            }
            // Flushed page by page: the workbook never holds more than one page of rows.
            data.flush();
        }
        data.finish();
        workbook.finish();
    }

    /** CSV in UTF-8 with a byte-order mark (Excel needs it to read Chinese), the labels as header. */
    public static void csv(BulkColumns columns, OutputStream out, Pages pages, ObjectMapper mapper) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        try (SequenceWriter rows = CSV.writerFor(String[].class).writeValues(writer)) {
            List<String> header = new ArrayList<>();
            for (BulkColumns.Column c : columns.columns()) {
                header.add(c.label(Messages.CHINESE, columns.collection()));
            }
            rows.write(header.toArray(String[]::new));
            for (int page = 0; ; page++) {
                List<?> records = pages.apply(page);
                if (records.isEmpty()) {
                    break;
                }
                for (Object record : records) {
                    JsonNode node = mapper.valueToTree(record);
                    String[] cells = columns.flatten(node);
                    // The CSV writer would drop a null and shift the row: an empty cell is "".
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cells[i] == null ? "" : cells[i];
                    }
                    rows.write(cells);
                }
                rows.flush();
            }
        }
    }

    static String lower(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }
}
