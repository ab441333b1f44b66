package org.ruralrevival.organization.collectiveincome;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.partyorg.Orgs;

/** economy-service's income events as organization-service applies them: context on village ratings. */
@io.quarkus.test.junit.QuarkusTest
class IncomeEventsTest {

    /** With its charset: RestAssured would send other media types as ISO-8859-1. */
    private static final String CLOUD_EVENT = "application/cloudevents+json; charset=UTF-8";

    /** The sender's outbox positions, rising as in economy-service's feed. */
    private static final AtomicLong SEQ = new AtomicLong(1000);

    @Inject
    CollectiveIncomes incomes;

    private static Map<String, Object> income(String village, int year, String operating, String total, String net) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", 7);
        data.put("villageCode", village);
        data.put("villageName", "村");
        data.put("year", year);
        data.put("operatingIncome", new BigDecimal(operating));
        data.put("totalIncome", new BigDecimal(total));
        data.put("netIncome", new BigDecimal(net));
        data.put("unit", "yuan");
        data.put("version", 0);
        return data;
    }

    private static Map<String, Object> event(String id, String kind, long seq, Map<String, Object> data) {
        return Map.of("specversion", "1.0", "id", id, "source", "urn:ruralrevival:economy",
                "type", "org.ruralrevival.income." + kind, "subject", data.get("villageCode") + "/" + data.get("year"),
                "sequence", Long.toString(seq), "data", data);
    }

    private static String deliver(Map<String, Object> event) {
        return as("service").contentType(CLOUD_EVENT).body(event).post("/api/v1/events")
                .then().statusCode(200).extract().path("outcome");
    }

    private Optional<CollectiveIncome> stored(String village, int year) {
        return QuarkusTransaction.requiringNew().call(() -> incomes.find(village, year));
    }

    @Test
    void aRecordedIncomeIsShownOnTheRatingOfTheVillagesBranchForThatYear() {
        Fixtures.countyWithTown("152726", "101");
        String village = Orgs.village("152726101201", "收入村");
        int branch = Orgs.create("收入村党支部", "BRANCH", village);
        int rating = editor().body(Map.of("organizationId", branch, "year", 2021, "classGrade", "FIRST"))
                .post("/api/v1/ratings").then().statusCode(201).body("collectiveIncome", nullValue())
                .extract().path("id");

        assertEquals("APPLIED", deliver(event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(),
                income(village, 2021, "70000.00", "120000.00", "65000.00"))));

        editor().get("/api/v1/ratings/" + rating).then().statusCode(200)
                .body("collectiveIncome.villageCode", equalTo(village))
                .body("collectiveIncome.year", equalTo(2021))
                .body("collectiveIncome.operatingIncome", equalTo(70000.00f))
                .body("collectiveIncome.totalIncome", equalTo(120000.00f))
                .body("collectiveIncome.netIncome", equalTo(65000.00f))
                .body("collectiveIncome.unit", equalTo("yuan"));
        editor().queryParam("region", "152726").get("/api/v1/ratings").then().statusCode(200)
                .body("items.find { it.id == " + rating + " }.collectiveIncome.totalIncome", equalTo(120000.00f));
        // Another year's income is not this rating's context.
        deliver(event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(),
                income(village, 2020, "1.00", "2.00", "1.00")));
        editor().get("/api/v1/ratings/" + rating).then().body("collectiveIncome.year", equalTo(2021));
    }

    @Test
    void aCorrectionReplacesTheFiguresAndADeletionRemovesThem() {
        String village = "152726102201";
        deliver(event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(), income(village, 2022, "10.00", "20.00", "5.00")));
        deliver(event(UUID.randomUUID().toString(), "updated", SEQ.incrementAndGet(), income(village, 2022, "11.00", "21.00", "6.00")));
        assertEquals(new BigDecimal("21.00"), stored(village, 2022).orElseThrow().totalIncome());

        deliver(event(UUID.randomUUID().toString(), "deleted", SEQ.incrementAndGet(), income(village, 2022, "11.00", "21.00", "6.00")));
        assertTrue(stored(village, 2022).isEmpty());
    }

    @Test
    void theSameEventTwiceIsAppliedOnceAndAnOlderCorrectionArrivingLateChangesNothing() {
        String village = "152726103201";
        String first = UUID.randomUUID().toString();
        long firstSeq = SEQ.incrementAndGet();
        assertEquals("APPLIED", deliver(event(first, "created", firstSeq, income(village, 2023, "10.00", "20.00", "5.00"))));
        long olderSeq = SEQ.incrementAndGet();
        long newerSeq = SEQ.incrementAndGet();
        deliver(event(UUID.randomUUID().toString(), "updated", newerSeq, income(village, 2023, "30.00", "40.00", "9.00")));
        deliver(event(UUID.randomUUID().toString(), "updated", olderSeq, income(village, 2023, "15.00", "25.00", "7.00")));
        assertEquals("DUPLICATE", deliver(event(first, "created", firstSeq, income(village, 2023, "10.00", "20.00", "5.00"))));
        assertEquals(new BigDecimal("40.00"), stored(village, 2023).orElseThrow().totalIncome());
    }

    @Test
    void aBacklogDeliveredAfterAnOutageEndsAsIfEachEventWereAppliedOnce() {
        // Recorded while organization-service was down; the relay then sends them in order, and the
        // one that was in flight when it went down a second time.
        String village = "152726104201";
        List<Map<String, Object>> backlog = List.of(
                event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(), income(village, 2019, "1.00", "2.00", "1.00")),
                event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(), income(village, 2020, "3.00", "4.00", "2.00")),
                event(UUID.randomUUID().toString(), "updated", SEQ.incrementAndGet(), income(village, 2019, "5.00", "6.00", "3.00")));
        deliver(backlog.get(0));
        backlog.forEach(IncomeEventsTest::deliver);
        assertEquals(new BigDecimal("6.00"), stored(village, 2019).orElseThrow().totalIncome());
        assertEquals(new BigDecimal("4.00"), stored(village, 2020).orElseThrow().totalIncome());
    }

    @Test
    void refusesAnIncomeEventWithoutItsFiguresOrSequence() {
        Map<String, Object> data = income("152726105201", 2021, "1.00", "2.00", "1.00");
        data.remove("totalIncome");
        as("service").contentType(CLOUD_EVENT)
                .body(event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(), data)).post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("data.totalIncome"));
        Map<String, Object> noSequence = new HashMap<>(event(UUID.randomUUID().toString(), "created", 1,
                income("152726105201", 2021, "1.00", "2.00", "1.00")));
        noSequence.remove("sequence");
        as("service").contentType(CLOUD_EVENT).body(noSequence).post("/api/v1/events")
                .then().statusCode(400).body("errors[0].field", equalTo("sequence"));
        assertTrue(stored("152726105201", 2021).isEmpty());
    }

    @Test
    void theEventEndpointAcceptsOnlyServiceTokens() {
        Map<String, Object> e = event(UUID.randomUUID().toString(), "created", SEQ.incrementAndGet(),
                income("152726106201", 2021, "1.00", "2.00", "1.00"));
        for (String role : List.of("admin", "editor", "viewer", "sync")) {
            as(role).contentType(CLOUD_EVENT).body(e).post("/api/v1/events").then().statusCode(403);
        }
        RestAssured.given().contentType(CLOUD_EVENT).body(e).post("/api/v1/events")
                .then().statusCode(401);
        assertTrue(stored("152726106201", 2021).isEmpty());
    }
}
