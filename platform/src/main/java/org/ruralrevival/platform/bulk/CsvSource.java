package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8, with or without the byte-order mark Excel writes, read row by row with
 * Jackson's streaming CSV parser. Row numbers count rows as a spreadsheet does (header = 1).
 */
final class CsvSource extends TabularSource {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final MappingIterator<String[]> rows;
    private long number;

    CsvSource(InputStream body, BulkColumns columns, ObjectMapper mapper) throws IOException {
        super(columns, mapper);
        PushbackReader reader = new PushbackReader(new BufferedReader(
                new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        this.rows = CSV.readerForArrayOf(String.class).readValues(reader);
    }

    @Override
    protected Row nextRow() throws IOException {
        if (!rows.hasNextValue()) {
            return null;
        }
        String[] cells = rows.nextValue();
        number++;
        List<Object> list = Arrays.asList((Object[]) cells);
        return new Row(number, list);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
