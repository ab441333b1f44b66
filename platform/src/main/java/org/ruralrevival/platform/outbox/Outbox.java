package org.ruralrevival.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.ruralrevival.platform.observability.RequestIds;

/**
 * Appends changes to the outbox inside the caller's transaction, so a change and its feed row
 * commit or roll back together.
 *
 * <p>Sequence numbers come from a one-row counter updated in the same transaction. Its row lock
 * is held until commit, so writers take numbers in commit order and the feed never has a hole
 * that a later commit fills: a reader that saw {@code seq = n} has seen every change up to n.
 * The price is that writes of one service serialize at commit, which bulk writers amortise by
 * taking a block of numbers at once.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;

    Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String entity, Object key, ChangeKind kind, Object state) {
        long seq = allocate(1);
        return append(seq, entity, key, kind, state);
    }

    /** Takes {@code count} numbers at once; returns the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long allocate(int count) {
        em.createNativeQuery("UPDATE outbox_sequence SET last_seq = LAST_INSERT_ID(last_seq + ?1) WHERE id = 1")
                .setParameter(1, count).executeUpdate();
        long last = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return last - count + 1;
    }

    /** Writes one row with a number taken by {@link #allocate(int)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(long seq, String entity, Object key, ChangeKind kind, Object state) {
        OutboxEvent event = new OutboxEvent();
        event.seq = seq;
        event.eventId = UUID.randomUUID().toString();
        event.entity = entity;
        event.entityKey = String.valueOf(key);
        event.kind = kind;
        event.occurredAt = Instant.now();
        event.requestId = RequestIds.current();
        try {
            event.payload = json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the new state of " + entity + " " + key, e);
        }
        em.persist(event);
        return event;
    }
}
