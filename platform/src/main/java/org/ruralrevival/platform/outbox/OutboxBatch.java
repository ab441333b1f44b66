package org.ruralrevival.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.ruralrevival.platform.observability.RequestIds;
import org.ruralrevival.platform.persistence.LoadData;
import org.ruralrevival.platform.persistence.TabRows;

/**
 * The outbox rows of a bulk chunk in one {@link LoadData} (or, where the database does not take
 * it, one JDBC batch), with one block of sequence numbers taken from {@link Outbox#allocate(int)}:
 * the same rows {@link Outbox#record} writes one at a time.
 */
@ApplicationScoped
public class OutboxBatch {

    /** One change of the chunk. */
    public record Change(String entity, Object key, ChangeKind kind, Object state) {
    }

    private static final List<String> COLUMNS = List.of("seq", "event_id", "entity", "entity_key", "kind", "payload",
            "occurred_at", "request_id");

    private final Outbox outbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final LoadData loadData;

    OutboxBatch(Outbox outbox, EntityManager em, ObjectMapper json, LoadData loadData) {
        this.outbox = outbox;
        this.em = em;
        this.json = json;
        this.loadData = loadData;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long first = outbox.allocate(changes.size());
        Instant now = Instant.now();
        String requestId = RequestIds.current();
        em.unwrap(Session.class).doWork(connection -> {
            if (loadData.usable(connection, changes.size())) {
                TabRows rows = new TabRows(changes.size());
                long seq = first;
                for (Change c : changes) {
                    rows.number(seq++).text(UUID.randomUUID().toString()).text(c.entity()).text(String.valueOf(c.key()))
                            .text(c.kind().name()).text(payload(c)).timestamp(now).text(requestId).endRow();
                }
                loadData.load(connection, "outbox_event", COLUMNS, rows);
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event (" + String.join(", ", COLUMNS)
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Timestamp stamp = Timestamp.from(now);
                long seq = first;
                for (Change c : changes) {
                    insert.setLong(1, seq++);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, c.entity());
                    insert.setString(4, String.valueOf(c.key()));
                    insert.setString(5, c.kind().name());
                    insert.setString(6, payload(c));
                    insert.setTimestamp(7, stamp);
                    insert.setString(8, requestId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String payload(Change c) {
        try {
            return json.writeValueAsString(c.state());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the new state of " + c.entity() + " " + c.key(), e);
        }
    }
}
