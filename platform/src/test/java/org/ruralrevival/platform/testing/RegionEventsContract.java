package org.ruralrevival.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.regionref.KnownRegions;

/**
 * organization-service's region events as a service with a local copy of regions receives them
 * (platform regionref RegionEvents). Written once; economy- and talent-service run it by
 * extending it in a {@code @QuarkusTest} class. Each test uses its own county code, given by
 * {@link #county()} plus a counter, so the two services' other tests are not disturbed.
 */
public abstract class RegionEventsContract {

    /** With its charset: RestAssured would send other media types as ISO-8859-1. */
    private static final String CLOUD_EVENT = "application/cloudevents+json; charset=UTF-8";

    private static final AtomicInteger NEXT_TOWN = new AtomicInteger(101);

    @Inject
    KnownRegions regions;

    @Inject
    EntityManager em;

    /** A county code (6 digits) no other test of the service uses. */
    protected abstract String county();

    private String village() {
        return county() + NEXT_TOWN.getAndIncrement() + "201";
    }

    private static Map<String, Object> region(String code, String name, long version) {
        Map<String, Object> data = new HashMap<>();
        data.put("code", code);
        data.put("name", name);
        data.put("level", "VILLAGE");
        data.put("parentCode", code.substring(0, 9) + "000");
        data.put("kind", "VILLAGE");
        data.put("keyVillage", false);
        data.put("version", version);
        return data;
    }

    private static Map<String, Object> event(String id, String kind, Map<String, Object> data) {
        return Map.of("specversion", "1.0", "id", id, "source", "urn:ruralrevival:organization",
                "type", "org.ruralrevival.region." + kind, "subject", String.valueOf(data.get("code")), "data", data);
    }

    private static String deliver(Map<String, Object> event) {
        return given().header("Authorization", Tokens.bearer("service")).contentType(CLOUD_EVENT)
                .body(event).post("/api/v1/events").then().statusCode(200).extract().path("outcome");
    }

    /** The stored copy (read with SQL: Panache's field access is not rewritten in a test-jar). */
    record Copy(String name, Long sourceVersion, Object retiredAt) {
    }

    private Optional<Copy> local(String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT name, source_version, retired_at FROM known_region WHERE code = ?1")
                    .setParameter(1, code).getResultList();
            if (rows.isEmpty()) {
                return Optional.<Copy>empty();
            }
            Object[] row = (Object[]) rows.get(0);
            return Optional.of(new Copy((String) row[0], row[1] == null ? null : ((Number) row[1]).longValue(), row[2]));
        });
    }

    private long applied(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM applied_event WHERE event_id = ?1").setParameter(1, id).getSingleResult()).longValue());
    }

    @Test
    void createRenameAndRemovalOfARegionReachTheLocalCopy() {
        String code = village();
        assertEquals("APPLIED", deliver(event(UUID.randomUUID().toString(), "created", region(code, "旧名村", 0))));
        assertEquals("旧名村", local(code).orElseThrow().name());

        deliver(event(UUID.randomUUID().toString(), "updated", region(code, "新名村", 1)));
        Copy renamed = local(code).orElseThrow();
        assertEquals("新名村", renamed.name());
        assertEquals(1L, renamed.sourceVersion());
        assertNull(renamed.retiredAt());

        deliver(event(UUID.randomUUID().toString(), "deleted", region(code, "新名村", 1)));
        Copy retired = local(code).orElseThrow();
        assertNotNull(retired.retiredAt(), "a removed region is kept, retired, for the names of old records");
        assertEquals("新名村", retired.name());

        // The same code created again (e.g. the surviving village of a merger) is live again.
        deliver(event(UUID.randomUUID().toString(), "created", region(code, "合并村", 0)));
        assertNull(local(code).orElseThrow().retiredAt());
        assertEquals("合并村", local(code).orElseThrow().name());
    }

    @Test
    void aRetiredRegionIsAskedAgainBeforeItIsUsed() {
        String code = village();
        deliver(event(UUID.randomUUID().toString(), "created", region(code, "撤销村", 0)));
        deliver(event(UUID.randomUUID().toString(), "deleted", region(code, "撤销村", 0)));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> regions.require("villageCode", code)));
        assertEquals(422, refused.status());
        assertEquals("regionref.unknown", refused.rule());

        // organization-service has it again (the removal was undone): its answer revives the copy.
        Stub.village(code, "复建村");
        QuarkusTransaction.requiringNew().run(() -> regions.require("villageCode", code));
        assertEquals("复建村", local(code).orElseThrow().name());
        assertNull(local(code).orElseThrow().retiredAt());
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        String code = village();
        String created = UUID.randomUUID().toString();
        assertEquals("APPLIED", deliver(event(created, "created", region(code, "一次村", 0))));
        deliver(event(UUID.randomUUID().toString(), "updated", region(code, "二次村", 1)));
        assertEquals("DUPLICATE", deliver(event(created, "created", region(code, "一次村", 0))));
        assertEquals("二次村", local(code).orElseThrow().name(), "the repeat changed nothing");
        assertEquals(1, applied(created));
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        String code = village();
        deliver(event(UUID.randomUUID().toString(), "created", region(code, "甲村", 0)));
        deliver(event(UUID.randomUUID().toString(), "updated", region(code, "丙村", 3)));
        deliver(event(UUID.randomUUID().toString(), "updated", region(code, "乙村", 2)));
        assertEquals("丙村", local(code).orElseThrow().name());
        assertEquals(3L, local(code).orElseThrow().sourceVersion());
    }

    @Test
    void aBacklogDeliveredAfterAnOutageEndsAsIfEachEventWereAppliedOnce() {
        // While this service was down, organization-service recorded these; the relay then sends
        // them in order, and the one in flight when it went down a second time.
        String code = village();
        List<Map<String, Object>> backlog = List.of(
                event(UUID.randomUUID().toString(), "created", region(code, "一村", 0)),
                event(UUID.randomUUID().toString(), "updated", region(code, "二村", 1)),
                event(UUID.randomUUID().toString(), "updated", region(code, "三村", 2)));
        deliver(backlog.get(0));
        for (Map<String, Object> e : backlog) {
            deliver(e);
        }
        assertEquals("三村", local(code).orElseThrow().name());
        assertEquals(2L, local(code).orElseThrow().sourceVersion());
        backlog.forEach(e -> assertEquals(1, applied((String) e.get("id"))));
    }

    @Test
    void refusesAMalformedRegionWith400() {
        Map<String, Object> data = region(village(), "坏村", 0);
        data.put("code", "12345");
        given().header("Authorization", Tokens.bearer("service")).contentType(CLOUD_EVENT)
                .body(event(UUID.randomUUID().toString(), "created", data)).post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("data.code"));
    }

    @Test
    void theEventEndpointAcceptsOnlyServiceTokens() {
        Map<String, Object> e = event(UUID.randomUUID().toString(), "created", region(village(), "令牌村", 0));
        for (String role : List.of("admin", "editor", "viewer", "sync")) {
            given().header("Authorization", Tokens.bearer(role)).contentType(CLOUD_EVENT).body(e)
                    .post("/api/v1/events").then().statusCode(403);
        }
        given().contentType(CLOUD_EVENT).body(e).post("/api/v1/events").then().statusCode(401);
        assertTrue(local((String) ((Map<?, ?>) e.get("data")).get("code")).isEmpty(), "nothing was applied");
    }
}
