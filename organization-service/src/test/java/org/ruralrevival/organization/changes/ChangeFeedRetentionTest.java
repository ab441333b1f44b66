package org.ruralrevival.organization.changes;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.outbox.OutboxRetention;
import org.ruralrevival.platform.testing.EventSinkStub;

/**
 * Change-feed retention: old rows are purged, never before every subscriber acknowledged them,
 * and a cursor older than what is kept gets 410 Gone instead of silently missing changes.
 */
@QuarkusTest
class ChangeFeedRetentionTest {

    @Inject
    OutboxRetention retention;

    @Inject
    EntityManager em;

    private long lastSeq() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(seq), 0) FROM outbox_event").getSingleResult()).longValue());
    }

    /** Makes every row up to seq look older than the retention. */
    private void age(long throughSeq) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE outbox_event SET occurred_at = ?1 WHERE seq <= ?2")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(40)))).setParameter(2, throughSeq)
                .executeUpdate());
    }

    private Instant cutoff() {
        return Instant.now().minus(retention.retention());
    }

    private String create(String code, String name) {
        editor().body(Map.of("code", code, "name", name)).post("/api/v1/regions").then().statusCode(201);
        return code;
    }

    /** Other tests read the feed from 0: let them, over the rows that are left. */
    @AfterEach
    void forgetThePurge() {
        EventSinkStub.UP.set(true);
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE outbox_purge SET purged_through = 0 WHERE id = 1").executeUpdate());
    }

    @Test
    void purgesOldAcknowledgedRowsAndAnswersAnOlderCursorWith410() {
        Fixtures.countyWithTown("152728", "101");
        create("152728101201", "保留村");
        long old = lastSeq();
        age(old);
        // The probe subscriber acknowledges regions asynchronously: purge until it has.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            retention.purge(cutoff());
            return retention.purgedThrough() >= old;
        });
        create("152728101202", "新村");
        long kept = lastSeq();

        as("sync").queryParam("after", 0).get("/api/v1/changes/organization").then().statusCode(410)
                .contentType("application/problem+json")
                .body("status", equalTo(410))
                .body("rule", equalTo("change-feed.cursor-expired"))
                .body("errors[0].field", equalTo("after"))
                .body("detail", org.hamcrest.Matchers.containsString("after=" + retention.purgedThrough()));
        as("sync").header("Accept-Language", "zh").queryParam("after", old - 1).get("/api/v1/changes/organization")
                .then().statusCode(410).body("detail", org.hamcrest.Matchers.containsString("重新同步"));
        // From the watermark on, nothing is missing: the newest row is there.
        as("sync").queryParam("after", retention.purgedThrough()).queryParam("limit", 10_000)
                .get("/api/v1/changes/organization").then().statusCode(200)
                .body("items.seq", hasItem((int) kept)).body("items.key", not(hasItem("152728101201")));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_event WHERE seq <= ?1").setParameter(1, old).getSingleResult()).longValue()));
    }

    @Test
    void neverPurgesARowASubscriberHasNotAcknowledged() {
        Fixtures.countyWithTown("152728", "102");
        EventSinkStub.UP.set(false);
        create("152728102201", "未确认村");
        long pending = lastSeq();
        create("152728102202", "未确认村二");
        age(lastSeq());
        retention.purge(cutoff());
        assertTrue(retention.purgedThrough() < pending, "the unacknowledged region event stays");
        as("sync").queryParam("after", pending - 1).get("/api/v1/changes/organization").then().statusCode(200)
                .body("items[0].seq", equalTo((int) pending));

        EventSinkStub.UP.set(true);
        long newest = lastSeq();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            retention.purge(cutoff());
            return retention.purgedThrough() >= newest;
        });
    }
}
