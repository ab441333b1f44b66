package org.ruralrevival.platform.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * The last sequence number of the change feed: what a test reads the feed after, to see only its
 * own writes. Reading the feed from 0 with a large limit stops finding the end once a bulk test
 * has fed tens of thousands of rows.
 */
public final class FeedHead {

    private FeedHead() {
    }

    public static long seq() {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(seq), 0) FROM outbox_event").getSingleResult()).longValue());
    }
}
