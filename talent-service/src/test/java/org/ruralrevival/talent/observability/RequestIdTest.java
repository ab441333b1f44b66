package org.ruralrevival.talent.observability;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.LogCapture;
import org.ruralrevival.platform.testing.Stub;
import org.ruralrevival.talent.Fixtures;

/** X-Request-Id: kept or made, answered, in the log lines of the request and passed on to organization-service. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String CADRES = "/api/v1/reserve-cadres";

    private static Map<String, Object> cadre(String village) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageCode", village);
        body.put("name", "马晓东");
        body.put("gender", "MALE");
        body.put("birthDate", "1990-05-02");
        body.put("education", "BACHELOR");
        body.put("category", "SECRETARY_SUCCESSOR");
        body.put("partyMember", true);
        body.put("reservedOn", "2022-06-30");
        return body;
    }

    @AfterEach
    void organizationServiceAnswersWithTheBreakerClosed() {
        Stub.mode("ANSWER");
        // An unknown code answered with 422 (not 503) shows the circuit breaker closed again.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                editor().body(cadre("620132199998")).post(CADRES).statusCode() == 422);
    }

    @Test
    void answersWithTheCallersRequestId() {
        editor().header("X-Request-Id", "gateway-7f3a").get(CADRES)
                .then().statusCode(200).header("X-Request-Id", equalTo("gateway-7f3a"));
    }

    @Test
    void makesARequestIdWhenTheCallerSendsNone() {
        String first = editor().get(CADRES).then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        String second = editor().get(CADRES).then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }

    @Test
    void replacesARequestIdThatCouldForgeLogLines() {
        editor().header("X-Request-Id", "x\" level=ERROR msg=forged").get(CADRES)
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        editor().header("X-Request-Id", "a".repeat(129)).get(CADRES)
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsAnswerWithTheRequestIdToo() {
        editor().header("X-Request-Id", "bad-input-1").body(cadre("6201")).post(CADRES)
                .then().statusCode(400).header("X-Request-Id", equalTo("bad-input-1"));
    }

    /**
     * organization-service failing, a known village is served from the local copy with a warning:
     * that log line carries the request id, and so did the region lookup that failed.
     */
    @Test
    void theRequestIdIsInTheRequestsLogLinesAndItsCallsToOrganizationService() {
        Stub.village("620132101201", "求索村");
        editor().body(cadre("620132101201")).post(CADRES).then().statusCode(201);
        Stub.mode("FAIL");

        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.open()) {
            editor().header("X-Request-Id", "trace-me-42").body(cadre("620132101201")).post(CADRES)
                    .then().statusCode(201).header("X-Request-Id", equalTo("trace-me-42"));
            lines = logs.lines();
        }

        assertEquals("trace-me-42", Stub.lastRequestId(), "the region lookup passed the id on");
        List<LogCapture.Line> fallback = lines.stream()
                .filter(l -> l.message() != null && l.message().contains("did not answer for region 620132101201")).toList();
        assertFalse(fallback.isEmpty(), "the fallback was logged: " + lines);
        assertTrue(fallback.stream().allMatch(l -> "trace-me-42".equals(l.requestId())), fallback.toString());
        assertEquals(2, Fixtures.count("SELECT COUNT(*) FROM reserve_cadre WHERE village_code = ?1", "620132101201"));
    }
}
