package org.ruralrevival.talent.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
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
    private static final String TRAININGS = "/api/v1/trainings";

    private static Map<String, Object> training(String region) {
        return Map.of("regionCode", region, "date", "2022-03-01", "topic", "村级账务公开培训", "organizer", "县委组织部", "hours", 2);
    }

    @AfterEach
    void organizationServiceAnswersWithTheBreakerClosed() {
        Stub.answerWithTheBreakerClosed(() -> editor().body(training("620132199998")).post(TRAININGS).statusCode());
    }

    @Test
    void answersWithTheCallersRequestId() {
        editor().header("X-Request-Id", "gateway-7f3a").get(TRAININGS)
                .then().statusCode(200).header("X-Request-Id", equalTo("gateway-7f3a"));
    }

    @Test
    void makesARequestIdWhenTheCallerSendsNone() {
        String first = editor().get(TRAININGS).then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        String second = editor().get(TRAININGS).then().statusCode(200).extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }

    @Test
    void replacesARequestIdThatCouldForgeLogLines() {
        editor().header("X-Request-Id", "x\" level=ERROR msg=forged").get(TRAININGS)
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        editor().header("X-Request-Id", "a".repeat(129)).get(TRAININGS)
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void errorsAnswerWithTheRequestIdToo() {
        editor().header("X-Request-Id", "bad-input-1").body(training("6201")).post(TRAININGS)
                .then().statusCode(400).header("X-Request-Id", equalTo("bad-input-1"));
    }

    /**
     * organization-service failing, a known village is served from the local copy with a warning:
     * that log line carries the request id, and so did the region lookup that failed.
     */
    @Test
    void theRequestIdIsInTheRequestsLogLinesAndItsCallsToOrganizationService() {
        Stub.village("620132101201", "求索村");
        editor().body(training("620132101201")).post(TRAININGS).then().statusCode(201);
        Stub.mode("FAIL");

        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.open()) {
            editor().header("X-Request-Id", "trace-me-42").body(training("620132101201")).post(TRAININGS)
                    .then().statusCode(201).header("X-Request-Id", equalTo("trace-me-42"));
            lines = logs.lines();
        }

        assertEquals("trace-me-42", Stub.lastRequestId(), "the region lookup passed the id on");
        List<LogCapture.Line> fallback = lines.stream()
                .filter(l -> l.message() != null && l.message().contains("did not answer for region 620132101201")).toList();
        assertFalse(fallback.isEmpty(), "the fallback was logged: " + lines);
        assertTrue(fallback.stream().allMatch(l -> "trace-me-42".equals(l.requestId())), fallback.toString());
        assertEquals(2, Fixtures.count("SELECT COUNT(*) FROM training_session WHERE region_code = ?1", "620132101201"));
    }
}
