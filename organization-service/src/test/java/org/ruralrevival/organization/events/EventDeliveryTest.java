package org.ruralrevival.organization.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.EventSinkStub;

@QuarkusTest
@QuarkusTestResource(EventSinkStub.class)
class EventDeliveryTest {

    private static List<String> acknowledgedFor(String code) {
        return EventSinkStub.ACKNOWLEDGED.stream().filter(b -> b.contains("\"subject\":\"" + code + "\"")).toList();
    }

    @Test
    void deliversEachChangeAsACloudEventWithTheFeedsIdAndAServiceToken() {
        Fixtures.countyWithTown("152723", "101");
        editor().body(Map.of("code", "152723101201", "name", "事件村")).post("/api/v1/regions").then().statusCode(201);
        String id = as("sync").queryParam("after", 0).queryParam("limit", 10000).get("/api/v1/changes/organization")
                .then().extract().jsonPath().getString("items.find { it.key == '152723101201' }.id");

        await().atMost(Duration.ofSeconds(20)).until(() -> !acknowledgedFor("152723101201").isEmpty());
        String event = acknowledgedFor("152723101201").get(0);
        assertTrue(event.contains("\"specversion\":\"1.0\""), event);
        assertTrue(event.contains("\"type\":\"org.ruralrevival.region.created\""), event);
        assertTrue(event.contains("\"id\":\"" + id + "\""), event);
        assertTrue(event.contains("\"name\":\"事件村\""), event);
        assertTrue(EventSinkStub.AUTHORIZATION.stream().allMatch(h -> h.startsWith("Bearer ")));
    }

    @Test
    void keepsRetryingWhileTheReceiverIsDownAndDeliversOnceItIsBack() {
        Fixtures.countyWithTown("152724", "101");
        EventSinkStub.UP.set(false);
        int refusedBefore = EventSinkStub.REFUSED.size();
        try {
            editor().body(Map.of("code", "152724101201", "name", "宕机村")).post("/api/v1/regions").then().statusCode(201);
            // Delivery is in order: while the receiver is down the relay retries the oldest undelivered event.
            await().atMost(Duration.ofSeconds(20)).until(() -> EventSinkStub.REFUSED.size() >= refusedBefore + 2);
            assertTrue(acknowledgedFor("152724101201").isEmpty());
        } finally {
            EventSinkStub.UP.set(true);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !acknowledgedFor("152724101201").isEmpty());
        // Once acknowledged, it is not sent again.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> acknowledgedFor("152724101201").size() == 1);
        as("sync").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void appliesAnEventIdOnceAndAcceptsOnlyServiceTokens() {
        String id = UUID.randomUUID().toString();
        var event = Map.of("specversion", "1.0", "id", id, "source", "urn:ruralrevival:test",
                "type", "org.ruralrevival.nothing-here.created", "data", Map.of("x", 1), "traceparent", "00-abc");
        as("service").contentType("application/cloudevents+json").body(event).post("/api/v1/events")
                .then().statusCode(200).body("outcome", equalTo("IGNORED"));
        as("service").contentType("application/cloudevents+json").body(event).post("/api/v1/events")
                .then().statusCode(200).body("outcome", equalTo("DUPLICATE"));
        as("editor").contentType("application/cloudevents+json").body(event).post("/api/v1/events")
                .then().statusCode(403);
        as("service").contentType("application/cloudevents+json")
                .body(Map.of("specversion", "0.3", "id", "x", "source", "s", "type", "t", "data", Map.of()))
                .post("/api/v1/events").then().statusCode(400);
        assertEquals(0, EventSinkStub.REFUSED.stream().filter(b -> b.contains(id)).count());
    }
}
