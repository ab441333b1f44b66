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

/**
 * The outbox rows of a bulk chunk in one JDBC batch, with one block of sequence numbers taken
 * from {@link Outbox#allocate(int)}: the same rows {@link Outbox#record} writes one at a time.
 */
@ApplicationScoped
public class OutboxBatch {

    /** One change of the chunk. */
    public record Change(String entity, Object key, ChangeKind kind, Object state) {
    }

    private final Outbox outbox;
    private final EntityManager em;
    private final ObjectMapper json;

    OutboxBatch(Outbox outbox, EntityManager em, ObjectMapper json) {
        this.outbox = outbox;
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long first = outbox.allocate(changes.size());
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event "
                    + "(seq, event_id, entity, entity_key, kind, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                long seq = first;
                for (Change c : changes) {
                    insert.setLong(1, seq++);
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, c.entity());
                    insert.setString(4, String.valueOf(c.key()));
                    insert.setString(5, c.kind().name());
                    insert.setString(6, payload(c));
                    insert.setTimestamp(7, now);
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
