package org.ruralrevival.talent.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.as;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.Stub;
import org.ruralrevival.talent.Fixtures;

/**
 * Regions are organization-service's: what talent-service's region check does when it answers,
 * says 404, or fails. The stub is a real HTTP server, so the REST client, timeout, retries,
 * circuit breaker and fallback all run. Codes here (county 620130) are in no other test.
 */
@QuarkusTest
class OrganizationServiceDownTest {

    private static final String CADRES = "/api/v1/reserve-cadres";

    private static Map<String, Object> cadre(String village) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageCode", village);
        body.put("name", "刘志远");
        body.put("gender", "MALE");
        body.put("birthDate", "1992-03-15");
        body.put("education", "BACHELOR");
        body.put("category", "SECRETARY_SUCCESSOR");
        body.put("partyMember", true);
        body.put("reservedOn", "2021-06-30");
        return body;
    }

    private static long cadresIn(String code) {
        return Fixtures.count("SELECT COUNT(*) FROM reserve_cadre WHERE village_code = ?1", code);
    }

    @BeforeEach
    @AfterEach
    void organizationServiceAnswersWithTheBreakerClosed() {
        Stub.answerWithTheBreakerClosed(() -> editor().body(cadre("620130199998")).post(CADRES).statusCode());
    }

    @Test
    void aVillageOrganizationServiceDoesNotHaveIs422AndStoresNothing() {
        int before = Stub.calls();
        editor().body(cadre("620130101299")).post(CADRES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("regionref.unknown"))
                .body("errors.field", hasItem("villageCode"))
                .body("detail", containsString("620130101299"));
        assertEquals(before + 1, Stub.calls(), "a 404 is an answer: asked once");
        assertEquals(0, cadresIn("620130101299"));
    }

    @Test
    void aRegionOfAnyLevelOrganizationServiceDoesNotHaveIs422() {
        Map<String, Object> training = new HashMap<>();
        training.put("regionCode", "620131000000");
        training.put("date", "2021-03-01");
        training.put("topic", "乡村振兴政策宣讲");
        training.put("organizer", "县委组织部");
        training.put("hours", new java.math.BigDecimal("2"));
        editor().body(training).post("/api/v1/trainings")
                .then().statusCode(422).body("rule", equalTo("regionref.unknown"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM training_session WHERE region_code = ?1", "620131000000"));
    }

    @Test
    void aNeverSeenVillageWhileOrganizationServiceFailsIs503WithRetryAfterAndStoresNothing() {
        Stub.village("620130101202", "新村");
        Stub.mode("FAIL");
        editor().body(cadre("620130101202")).post(CADRES)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("rule", equalTo("regionref.unavailable"))
                .body("detail", containsString("620130101202"));
        assertEquals(0, cadresIn("620130101202"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM known_region WHERE code = ?1", "620130101202"));
    }

    @Test
    void aKnownVillageKeepsWorkingWhileOrganizationServiceFails() {
        Stub.village("620130101201", "已知村");
        editor().body(cadre("620130101201")).post(CADRES).then().statusCode(201);
        Stub.mode("FAIL");
        int before = Stub.calls();
        editor().body(cadre("620130101201")).post(CADRES).then().statusCode(201)
                .body("villageCode", equalTo("620130101201"));
        assertTrue(Stub.calls() > before, "organization-service was asked first");
        assertEquals(2, cadresIn("620130101201"));
    }

    @Test
    void aCallerOutsideTheRegionIsRefusedWithoutAskingOrganizationService() {
        int before = Stub.calls();
        as("editor", "620124000000").body(cadre("620130101203")).post(CADRES).then().statusCode(403);
        editor().body(cadre("6201301012")).post(CADRES).then().statusCode(400);
        assertEquals(before, Stub.calls());
    }
}
