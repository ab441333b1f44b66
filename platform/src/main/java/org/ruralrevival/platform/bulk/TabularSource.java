package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.platform.problem.Problems;

/**
 * Rows of cells (CSV or a sheet) as records: the first non-empty row is the header, naming each
 * column by field name or by the template's label; a row of field names right under a label row
 * (the template's second row) is skipped. An unknown header refuses the whole upload before
 * anything is written, since every row would lose that column.
 */
abstract class TabularSource implements RecordSource {

    private final BulkColumns columns;
    private final ObjectMapper mapper;
    private BulkColumns.Column[] header;

    TabularSource(BulkColumns columns, ObjectMapper mapper) {
        this.columns = columns;
        this.mapper = mapper;
    }

    /** The next row's cells and its row number, or null at the end. */
    protected abstract Row nextRow() throws IOException;

    protected record Row(long number, List<Object> cells) {
    }

    @Override
    public Parsed next() throws IOException {
        while (true) {
            Row row = nextRow();
            if (row == null) {
                return null;
            }
            if (isEmpty(row)) {
                continue;
            }
            if (header == null) {
                header = header(row);
                continue;
            }
            if (isFieldNameRow(row)) {
                continue;
            }
            ObjectNode record = mapper.createObjectNode();
            for (int i = 0; i < row.cells().size() && i < header.length; i++) {
                if (header[i] != null) {
                    BulkColumns.put(record, header[i], row.cells().get(i), mapper);
                }
            }
            return new Parsed(row.number(), record, null);
        }
    }

    private BulkColumns.Column[] header(Row row) {
        BulkColumns.Column[] found = new BulkColumns.Column[row.cells().size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            Object cell = row.cells().get(i);
            if (cell == null || cell.toString().isBlank()) {
                continue;
            }
            found[i] = columns.byHeader(cell.toString());
            if (found[i] == null) {
                unknown.add(cell.toString());
            }
        }
        if (!unknown.isEmpty()) {
            throw Problems.badRequest("bulk.column.unknown", String.join(", ", unknown));
        }
        return found;
    }

    private boolean isFieldNameRow(Row row) {
        for (int i = 0; i < row.cells().size() && i < header.length; i++) {
            Object cell = row.cells().get(i);
            if (header[i] != null && cell != null && !cell.toString().isBlank()
                    && !header[i].path().equals(cell.toString().trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Row row) {
        for (Object cell : row.cells()) {
            if (cell != null && !cell.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
