package org.ruralrevival.platform.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ruralrevival.platform.bulk.BulkFormat;

/**
 * A report as a table, one row per figure (name, value, unit, previous, change), for CSV or .xlsx
 * by {@code Accept}. Every report answers figures as objects with a {@code value} (and a unit, a
 * previous value, a change where it compares), so the rows are found by walking the report's
 * JSON: the name is the figure's path ({@code incomes.totalIncome}); in a list, an item is named
 * by its first text field ({@code bySource.ASSET_LEASE.amount}).
 */
@ApplicationScoped
public class ReportSheets {

    /** One row of the table. */
    public record Row(String name, BigDecimal value, String unit, BigDecimal previous, BigDecimal change) {
    }

    static final String[] HEADER = {"指标", "数值", "单位", "上期", "变化"};
    private static final CsvMapper CSV = new CsvMapper();

    private final ObjectMapper mapper;

    ReportSheets(ObjectMapper mapper) {
        // Exact decimals: the default tree strips trailing zeros, so 260.00 yuan would read 260
        // and 70000.00 would become 7E+4. The figure keeps the scale the report answers.
        this.mapper = mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    /** The report as .xlsx when the caller accepts it, else CSV. */
    public Response answer(Object report, HttpHeaders headers, String name) {
        List<Row> rows = rows(report);
        boolean xlsx = headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.valueOf(BulkFormat.XLSX_TYPE)));
        StreamingOutput out = xlsx ? stream -> {
            Workbook workbook = new Workbook(stream, "rural-revival", "1.0");
            Worksheet sheet = workbook.newWorksheet(name);
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
                sheet.style(0, c).bold().set();
            }
            sheet.width(0, 40);
            for (int r = 0; r < rows.size(); r++) {
                Object[] cells = cells(rows.get(r));
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof BigDecimal n) {
                        // The cell's XML carries the number's text: never in exponent notation.
                        sheet.value(r + 1, c, n.scale() < 0 ? n.setScale(0) : n);
                    } else if (cells[c] != null) {
                        sheet.value(r + 1, c, cells[c].toString());
                    }
                }
            }
            workbook.finish();
        } : stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            // A byte-order mark: Excel reads the Chinese header as UTF-8 only with it.
            writer.write('\uFEFF');
            List<String[]> table = new ArrayList<>();
            table.add(HEADER);
            for (Row row : rows) {
                Object[] cells = cells(row);
                String[] text = new String[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    text[c] = cells[c] == null ? "" : cells[c] instanceof BigDecimal n ? n.toPlainString() : cells[c].toString();
                }
                table.add(text);
            }
            CSV.writerFor(String[][].class).writeValue(writer, table.toArray(String[][]::new));
        };
        String type = xlsx ? BulkFormat.XLSX_TYPE : BulkFormat.CSV_TYPE + "; charset=UTF-8";
        return Response.ok(out, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"").build();
    }

    private static Object[] cells(Row r) {
        return new Object[] {r.name(), r.value(), r.unit(), r.previous(), r.change()};
    }

    /** The figures of a report, in the order the report answers them. */
    public List<Row> rows(Object report) {
        List<Row> rows = new ArrayList<>();
        walk("", mapper.valueToTree(report), rows);
        return rows;
    }

    private static void walk(String path, JsonNode node, List<Row> rows) {
        if (node.isObject() && node.has("value") && node.get("value").isNumber()) {
            rows.add(figure(path, node));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "." + itemName(node.get(i), i), node.get(i), rows);
            }
        }
    }

    private static Row figure(String path, JsonNode node) {
        BigDecimal value = node.get("value").decimalValue();
        BigDecimal previous = number(node, "previous");
        BigDecimal change = number(node, "change");
        if (change == null) {
            change = number(node, "changePoints");
        }
        if (change == null && previous != null) {
            change = value.subtract(previous);
        }
        JsonNode unit = node.get("unit");
        return new Row(path, value, unit == null || unit.isNull() ? null : unit.asText(), previous, change);
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode n = node.get(field);
        return n != null && n.isNumber() ? n.decimalValue() : null;
    }

    /** A list item's name: its first text field (a source, a village code), else its position. */
    private static String itemName(JsonNode item, int index) {
        if (item.isObject()) {
            for (Iterator<JsonNode> it = item.elements(); it.hasNext(); ) {
                JsonNode v = it.next();
                if (v.isTextual()) {
                    return v.asText();
                }
            }
        }
        return String.valueOf(index + 1);
    }
}
