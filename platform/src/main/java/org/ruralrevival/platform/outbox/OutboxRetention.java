package org.ruralrevival.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ruralrevival.platform.events.EventsConfig;

/**
 * Purges outbox rows older than {@code platform.outbox.retention} (default 30 days), but never a
 * row an event subscriber has not acknowledged yet, nor one parked in event_dead_letter (an
 * operator still needs its payload).
 *
 * <p>Only a prefix of the feed is purged: everything up to the first row that must stay. So the
 * retained rows are always one unbroken run from {@code purged_through + 1} to the newest, and a
 * reader's cursor is either still good or older than the retention, which the change feed
 * answers with 410 Gone ({@code change-feed.cursor-expired}) instead of silently skipping.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    private final EntityManager em;
    private final EventsConfig events;
    private final Duration retention;
    private final int batch;

    OutboxRetention(EntityManager em, EventsConfig events,
            @ConfigProperty(name = "platform.outbox.retention", defaultValue = "P30D") Duration retention,
            @ConfigProperty(name = "platform.outbox.purge-batch", defaultValue = "10000") int batch) {
        this.em = em;
        this.events = events;
        this.retention = retention;
        this.batch = batch;
    }

    public Duration retention() {
        return retention;
    }

    @Scheduled(every = "${platform.outbox.purge-every:1h}", delayed = "${platform.outbox.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            long purged;
            do {
                purged = purge(Instant.now().minus(retention));
            } while (purged >= batch);
        } catch (RuntimeException e) {
            LOG.warnf("outbox purge failed: %s", e.toString());
        }
    }

    /**
     * Deletes up to one batch of the rows that may go (older than {@code cutoff}, acknowledged by
     * every subscriber, not parked); returns how many went.
     */
    @Transactional
    public long purge(Instant cutoff) {
        // The watermark row is locked first, so two replicas purging at once take turns.
        long through = ((Number) em.createNativeQuery("SELECT purged_through FROM outbox_purge WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        long limit = through + batch;
        List<Object> params = new ArrayList<>(List.of(through, limit, Timestamp.from(cutoff)));
        StringBuilder keep = new StringBuilder("o.occurred_at >= ?3 OR EXISTS (SELECT 1 FROM event_dead_letter d WHERE d.seq = o.seq)");
        for (Map.Entry<String, EventsConfig.Subscriber> s : events.subscribers().entrySet()) {
            // Not yet acknowledged by this subscriber: one of its entities, after its cursor (no cursor: nothing acknowledged).
            int name = params.size() + 1;
            params.add(s.getKey());
            int entities = params.size() + 1;
            params.add(s.getValue().entities());
            keep.append(" OR (o.entity IN (?").append(entities).append(") AND o.seq > COALESCE((SELECT e.last_seq FROM ")
                    .append("event_delivery e WHERE e.subscriber = ?").append(name).append("), 0))");
        }
        // One batch of the feed at a time, by primary key: the scan stays small however long the outbox is.
        var firstKept = em.createNativeQuery("SELECT MIN(o.seq) FROM outbox_event o WHERE o.seq > ?1 AND o.seq <= ?2 AND ("
                + keep + ")");
        for (int i = 0; i < params.size(); i++) {
            firstKept.setParameter(i + 1, params.get(i));
        }
        Object first = firstKept.getSingleResult();
        long upTo;
        if (first != null) {
            upTo = ((Number) first).longValue() - 1;
        } else {
            Object newest = em.createNativeQuery("SELECT MAX(seq) FROM outbox_event WHERE seq > ?1 AND seq <= ?2")
                    .setParameter(1, through).setParameter(2, limit).getSingleResult();
            upTo = newest == null ? through : ((Number) newest).longValue();
        }
        if (upTo <= through) {
            return 0;
        }
        long deleted = em.createNativeQuery("DELETE FROM outbox_event WHERE seq > ?1 AND seq <= ?2")
                .setParameter(1, through).setParameter(2, upTo).executeUpdate();
        em.createNativeQuery("UPDATE outbox_purge SET purged_through = ?1, purged_at = ?2 WHERE id = 1")
                .setParameter(1, upTo).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
        if (deleted > 0) {
            LOG.infof("outbox purged through seq %d (%d rows older than %s)", upTo, deleted, retention);
        }
        return upTo - through;
    }

    /** The last purged seq: a cursor below it has missed changes that are gone. */
    @Transactional
    public long purgedThrough() {
        return ((Number) em.createNativeQuery("SELECT purged_through FROM outbox_purge WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
