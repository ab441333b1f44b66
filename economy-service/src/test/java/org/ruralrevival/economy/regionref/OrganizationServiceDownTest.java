package org.ruralrevival.economy.regionref;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.Stub;

/**
 * Regions are organization-service's: what economy-service does when it answers, says 404,
 * fails or is too slow. The stub is a real HTTP server, so the REST client, timeout, retries,
 * circuit breaker and fallback all run.
 */
@QuarkusTest
class OrganizationServiceDownTest {

    private static final String COLLECTIVES = "/api/v1/collective-organizations";

    @BeforeEach
    @AfterEach
    void organizationServiceAnswersWithTheBreakerClosed() {
        Stub.mode("ANSWER");
        // Let the circuit breaker (300 ms in tests) close again before the next test. The probe names a
        // code organization-service does not have: only a real answer (422) shows the breaker is
        // closed, while a known village would be served from the local copy even with it open.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                editor().body(Map.of("creditCode", "N2620123MF0000199B", "name", "探针", "regionCode", "620123199998"))
                        .post(COLLECTIVES).statusCode() == 422);
    }

    @Test
    void aKnownVillageKeepsWorkingWhileOrganizationServiceFails() {
        Fixtures.village("620123105201", "已知村");
        editor().body(Map.of("creditCode", "N2620123MF0000105M", "name", "已知村股份经济合作社", "regionCode", "620123105201"))
                .post(COLLECTIVES).then().statusCode(201);
        Stub.mode("FAIL");
        int before = Stub.calls();
        editor().body(Map.of("creditCode", "N2620123MF0000105M", "name", "已知村股份经济合作社（停机时改）",
                        "regionCode", "620123105201"))
                .post(COLLECTIVES).then().statusCode(200).body("name", equalTo("已知村股份经济合作社（停机时改）"));
        assertTrue(Stub.calls() > before, "organization-service was asked first");
    }

    @Test
    void anUnknownCodeWhileOrganizationServiceFailsIs503WithRetryAfterAndStoresNothing() {
        Fixtures.village("620123105202", "新村");
        Stub.mode("FAIL");
        editor().body(Map.of("creditCode", "N2620123MF0000106Q", "name", "新村股份经济合作社", "regionCode", "620123105202"))
                .post(COLLECTIVES)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("rule", equalTo("regionref.unavailable"))
                .body("detail", containsString("620123105202"));
        Stub.mode("ANSWER");
        editor().get(COLLECTIVES + "/N2620123MF0000106Q").then().statusCode(404);
    }

    @Test
    void aTooSlowOrganizationServiceCountsAsDown() {
        Fixtures.village("620123105203", "慢村");
        Stub.mode("SLOW");
        editor().body(Map.of("creditCode", "N2620123MF0000107U", "name", "慢村股份经济合作社", "regionCode", "620123105203"))
                .post(COLLECTIVES).then().statusCode(503).header("Retry-After", equalTo("5"));
        Stub.mode("ANSWER");
        editor().get(COLLECTIVES + "/N2620123MF0000107U").then().statusCode(404);
    }

    @Test
    void aCodeOrganizationServiceDoesNotHaveIsRefusedNotRetried() {
        int before = Stub.calls();
        editor().body(Map.of("creditCode", "N2620123MF0000108Y", "name", "无此村", "regionCode", "620123105299"))
                .post(COLLECTIVES).then().statusCode(422).body("rule", equalTo("regionref.unknown"));
        assertEquals(before + 1, Stub.calls(), "a 404 is an answer: asked once");
    }

    @Test
    void asksWithAShortLivedServiceTokenOfItsOwn() {
        Fixtures.village("620123105204", "令牌村");
        editor().body(Map.of("creditCode", "N2620123MF00001092", "name", "令牌村股份经济合作社", "regionCode", "620123105204"))
                .post(COLLECTIVES).then().statusCode(201);
        String authorization = Stub.lastAuthorization();
        assertTrue(authorization.startsWith("Bearer "), authorization);
        String payload = new String(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"sub\":\"economy\""), payload);
        assertTrue(payload.contains("\"groups\":[\"service\"]"), payload);
        long iat = Long.parseLong(payload.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long exp = Long.parseLong(payload.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertTrue(exp - iat <= 120, "short-lived: " + (exp - iat) + " s");
    }
}
