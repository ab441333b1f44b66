package org.ruralrevival.platform.outbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads a page of the change feed with one plain JDBC query on the primary key and writes it as
 * the {@link ChangePage} JSON straight from the result set: no entities, no {@link ChangeDto}
 * objects, the stored payload copied in as it is. A provincial system pulls a million changes; at
 * that rate building objects only for Jackson to take apart again was most of the cost. The page
 * is written to memory, not to the socket, so the connection goes back to the pool before a slow
 * client reads it.
 */
@ApplicationScoped
class ChangeFeedReader {

    private static final String PAGE = "SELECT seq, event_id, entity, entity_key, kind, occurred_at, payload "
            + "FROM outbox_event WHERE seq > ? ORDER BY seq LIMIT ?";

    /** A page already written as JSON, with what the resource needs to know about it. */
    record EncodedPage(byte[] json, int count, long next) {
    }

    private final DataSource dataSource;
    private final JsonFactory json;

    ChangeFeedReader(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = mapper.getFactory();
    }

    EncodedPage page(long after, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PAGE)) {
            s.setLong(1, after);
            s.setInt(2, limit);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 1024) * 700);
            int count = 0;
            long next = after;
            try (ResultSet rs = s.executeQuery(); JsonGenerator g = json.createGenerator(out)) {
                // The property names and order of ChangePage and ChangeDto: the schema clients were generated from.
                g.writeStartObject();
                g.writeArrayFieldStart("items");
                while (rs.next()) {
                    next = rs.getLong(1);
                    g.writeStartObject();
                    g.writeNumberField("seq", next);
                    g.writeStringField("id", rs.getString(2));
                    g.writeStringField("entity", rs.getString(3));
                    g.writeStringField("key", rs.getString(4));
                    g.writeStringField("kind", rs.getString(5));
                    g.writeStringField("occurredAt", rs.getTimestamp(6).toInstant().toString());
                    g.writeFieldName("data");
                    String payload = rs.getString(7);
                    if (payload == null) {
                        g.writeNull();
                    } else {
                        g.writeRawValue(payload);
                    }
                    g.writeEndObject();
                    count++;
                }
                g.writeEndArray();
                g.writeNumberField("next", next);
                g.writeBooleanField("hasMore", count == limit);
                g.writeEndObject();
            }
            return new EncodedPage(out.toByteArray(), count, next);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change feed after " + after, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
