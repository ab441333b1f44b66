package org.ruralrevival.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.outbox.OutboxEvent;

/**
 * The delivery cursors, each step in its own short transaction. A lease on the cursor row keeps
 * two replicas of a service from delivering to the same subscriber at once; a replica that dies
 * loses its lease when it runs out.
 */
@ApplicationScoped
public class DeliveryStore {

    /** A leased cursor: deliver events after {@code lastSeq}; {@code attempts} failures so far on the next one. */
    public record Cursor(String subscriber, long lastSeq, int attempts) {
    }

    private final EntityManager em;

    DeliveryStore(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Cursor> lease(String subscriber, String owner, Duration leaseFor) {
        em.createNativeQuery("INSERT INTO event_delivery (subscriber, last_seq) SELECT ?1, 0 FROM DUAL "
                + "WHERE NOT EXISTS (SELECT 1 FROM event_delivery WHERE subscriber = ?1)")
                .setParameter(1, subscriber).executeUpdate();
        Timestamp now = Timestamp.from(Instant.now());
        int leased = em.createNativeQuery("UPDATE event_delivery SET lease_owner = ?1, lease_until = ?2 "
                        + "WHERE subscriber = ?3 AND (lease_until IS NULL OR lease_until < ?4 OR lease_owner = ?1) "
                        + "AND (next_attempt_at IS NULL OR next_attempt_at <= ?4)")
                .setParameter(1, owner).setParameter(2, Timestamp.from(Instant.now().plus(leaseFor)))
                .setParameter(3, subscriber).setParameter(4, now).executeUpdate();
        if (leased == 0) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT last_seq, attempts FROM event_delivery WHERE subscriber = ?1")
                .setParameter(1, subscriber).getSingleResult();
        return Optional.of(new Cursor(subscriber, ((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEvent> next(long afterSeq, List<String> entities, int limit) {
        return em.createQuery("from OutboxEvent e where e.seq > :after and e.entity in :entities order by e.seq",
                        OutboxEvent.class)
                .setParameter("after", afterSeq).setParameter("entities", entities).setMaxResults(limit).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(String subscriber, long seq) {
        em.createNativeQuery("UPDATE event_delivery SET last_seq = ?1, attempts = 0, next_attempt_at = NULL, "
                        + "last_error = NULL, delivered = delivered + 1 WHERE subscriber = ?2")
                .setParameter(1, seq).setParameter(2, subscriber).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String subscriber, int attempts, Instant nextAttempt, String error) {
        em.createNativeQuery("UPDATE event_delivery SET attempts = ?1, next_attempt_at = ?2, last_error = ?3, "
                        + "retried = retried + 1, lease_until = NULL WHERE subscriber = ?4")
                .setParameter(1, attempts).setParameter(2, Timestamp.from(nextAttempt))
                .setParameter(3, truncate(error)).setParameter(4, subscriber).executeUpdate();
    }

    /** Parks an event the subscriber kept refusing and moves the cursor past it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void park(String subscriber, long seq, String error) {
        em.createNativeQuery("INSERT INTO event_dead_letter (subscriber, seq, last_error, parked_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, subscriber).setParameter(2, seq).setParameter(3, truncate(error))
                .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        em.createNativeQuery("UPDATE event_delivery SET last_seq = ?1, attempts = 0, next_attempt_at = NULL, "
                        + "last_error = ?2 WHERE subscriber = ?3")
                .setParameter(1, seq).setParameter(2, truncate(error)).setParameter(3, subscriber).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String subscriber, String owner) {
        em.createNativeQuery("UPDATE event_delivery SET lease_owner = NULL, lease_until = NULL "
                        + "WHERE subscriber = ?1 AND lease_owner = ?2")
                .setParameter(1, subscriber).setParameter(2, owner).executeUpdate();
    }

    /** Events waiting for a subscriber, and the age in seconds of the oldest (0 when none). */
    @Transactional
    public long[] backlog(String subscriber, List<String> entities) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(o.occurred_at) FROM outbox_event o "
                        + "WHERE o.seq > COALESCE((SELECT d.last_seq FROM event_delivery d WHERE d.subscriber = ?1), 0) "
                        + "AND o.entity IN (?2)")
                .setParameter(1, subscriber).setParameter(2, entities).getSingleResult();
        long count = ((Number) row[0]).longValue();
        long age = 0;
        if (row[1] != null) {
            Instant oldest = row[1] instanceof Timestamp t ? t.toInstant()
                    : row[1] instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : Instant.now();
            age = Math.max(0, Duration.between(oldest, Instant.now()).toSeconds());
        }
        return new long[] {count, age};
    }

    /** delivered, retried and parked counts for a subscriber. */
    @Transactional
    public long[] counters(String subscriber) {
        List<?> rows = em.createNativeQuery("SELECT delivered, retried FROM event_delivery WHERE subscriber = ?1")
                .setParameter(1, subscriber).getResultList();
        long parked = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM event_dead_letter WHERE subscriber = ?1")
                .setParameter(1, subscriber).getSingleResult()).longValue();
        if (rows.isEmpty()) {
            return new long[] {0, 0, parked};
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), parked};
    }

    private static String truncate(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }
}
