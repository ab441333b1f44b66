package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Messages;

/**
 * The answer to an upload: counts by outcome, and one line per record kept in a temporary file
 * (NDJSON) rather than in memory, so a million-record report costs disk, not heap. It is sent
 * after the whole upload is read: answering while the client still sends could deadlock a
 * client that reads only after sending.
 */
public final class BulkReport implements Closeable {

    private final Path file;
    private final BufferedWriter lines;
    private final JsonGenerator json;
    private final Locale locale;
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);

    BulkReport(ObjectMapper mapper, Locale locale) throws IOException {
        this.file = Files.createTempFile("bulk-report-", ".ndjson");
        this.lines = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.json = mapper.getFactory().createGenerator(lines);
        this.json.setRootValueSeparator(null);
        this.locale = locale;
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
    }

    void add(BulkResult r) throws IOException {
        counts.merge(r.outcome(), 1L, Long::sum);
        json.writeStartObject();
        json.writeNumberField("row", r.row());
        if (r.key() != null) {
            json.writeStringField("key", r.key());
        }
        json.writeStringField("outcome", r.outcome().name());
        if (r.id() != null) {
            json.writeFieldName("id");
            json.writeObject(r.id());
        }
        if (r.outcome() == Outcome.REFUSED) {
            json.writeStringField("rule", r.rule());
            // "{0} fields are invalid" counts the record's errors, as the single endpoint's detail does.
            Object[] args = "problem.validation".equals(r.rule()) ? new Object[] {r.errors().size()}
                    : r.args() == null ? new Object[0] : r.args();
            json.writeStringField("message", Messages.get(locale, r.rule(), args));
            json.writeArrayFieldStart("errors");
            for (FieldError e : r.errors()) {
                json.writeStartObject();
                json.writeStringField("field", e.field());
                json.writeStringField("rule", e.rule());
                json.writeStringField("message", e.literalMessage() != null ? e.literalMessage()
                        : Messages.get(locale, e.rule(), e.args()));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.flush();
        lines.newLine();
    }

    public long count(Outcome outcome) {
        return counts.get(outcome);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    void finish() throws IOException {
        json.flush();
        lines.flush();
    }

    /** {@code {"received":n,"created":…,"items":[…]}}, streamed from the file. */
    public void writeJson(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder("{\"received\":").append(total());
        for (Outcome o : Outcome.values()) {
            head.append(",\"").append(o.name().toLowerCase(Locale.ROOT)).append("\":").append(count(o));
        }
        head.append(",\"items\":[");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write("]}".getBytes(StandardCharsets.UTF_8));
    }

    /** One report line per record, as stored. */
    public void writeNdjson(OutputStream out) throws IOException {
        Files.copy(file, out);
    }

    @Override
    public void close() {
        try {
            json.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
