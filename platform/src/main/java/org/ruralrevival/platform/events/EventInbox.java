package org.ruralrevival.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Receives events: applies each id once, ignores repeats and types nobody here handles. */
@ApplicationScoped
public class EventInbox {

    public enum Outcome { APPLIED, DUPLICATE, IGNORED }

    private final EntityManager em;
    private final Instance<EventHandler> handlers;

    EventInbox(EntityManager em, Instance<EventHandler> handlers) {
        this.em = em;
        this.handlers = handlers;
    }

    @Transactional
    public Outcome receive(ReceivedEvent event) {
        // Lock the id row if present: two deliveries of one event racing apply it once.
        boolean seen = !em.createNativeQuery("SELECT event_id FROM applied_event WHERE event_id = ?1 FOR UPDATE")
                .setParameter(1, event.id()).getResultList().isEmpty();
        if (seen) {
            return Outcome.DUPLICATE;
        }
        List<EventHandler> matching = handlers.stream().filter(h -> h.handles(event.type())).toList();
        matching.forEach(h -> h.apply(event));
        Outcome outcome = matching.isEmpty() ? Outcome.IGNORED : Outcome.APPLIED;
        em.createNativeQuery("INSERT INTO applied_event (event_id, source, type, outcome, applied_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, event.id()).setParameter(2, event.source()).setParameter(3, event.type())
                .setParameter(4, outcome.name()).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        return outcome;
    }
}
