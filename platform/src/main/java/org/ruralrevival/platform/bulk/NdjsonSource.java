package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.ruralrevival.platform.problem.InputProblems;
import org.ruralrevival.platform.problem.Problems;

/** Newline-delimited JSON: row n is line n; a bad line is refused alone and reading goes on. */
final class NdjsonSource implements RecordSource {

    private final ObjectMapper mapper;
    private final BufferedReader lines;
    private long row;

    NdjsonSource(InputStream body, ObjectMapper mapper) {
        this.mapper = mapper;
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public Parsed next() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            row++;
            if (row == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
        } while (line.isBlank());
        try {
            JsonNode node = mapper.readTree(line);
            if (!(node instanceof ObjectNode o)) {
                return new Parsed(row, null, Problems.badRequest("json.wrong-body", "object"));
            }
            return new Parsed(row, o, null);
        } catch (JsonProcessingException e) {
            return new Parsed(row, null, InputProblems.of(e));
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
