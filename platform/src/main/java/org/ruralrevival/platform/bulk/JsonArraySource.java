package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.ruralrevival.platform.problem.InputProblems;
import org.ruralrevival.platform.problem.Problems;

/**
 * A JSON array read element by element with Jackson's streaming parser. Row n is the n-th element.
 * Malformed JSON ends the upload there (the parser cannot find the next element), and that row
 * says so; the records before it are kept.
 */
final class JsonArraySource implements RecordSource {

    private final ObjectMapper mapper;
    private final JsonParser parser;
    private long row;
    private boolean done;

    JsonArraySource(InputStream body, ObjectMapper mapper) throws IOException {
        this.mapper = mapper;
        this.parser = mapper.getFactory().createParser(body);
    }

    @Override
    public Parsed next() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (row == 0) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    done = true;
                    throw Problems.badRequest("json.wrong-body", "array");
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                done = true;
                return null;
            }
            row++;
            // Elements follow one another: the mapper's trailing-token check applies to whole bodies only.
            JsonNode node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (!(node instanceof ObjectNode o)) {
                return new Parsed(row, null, Problems.badRequest("json.wrong-body", "object"));
            }
            return new Parsed(row, o, null);
        } catch (JsonProcessingException e) {
            done = true;
            return new Parsed(Math.max(row, 1), null, InputProblems.of(e));
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
