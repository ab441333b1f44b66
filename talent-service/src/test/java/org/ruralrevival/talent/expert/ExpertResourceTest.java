package org.ruralrevival.talent.expert;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

@QuarkusTest
class ExpertResourceTest {

    static long expert(String kind, String region) {
        return ((Number) editor().body(Map.of("name", "高志远", "kind", kind, "field", "病虫害防治", "regionCode", region))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id")).longValue();
    }

    static void service(long expert, String date, int sessions, int people) {
        editor().body(Map.of("date", date, "sessions", sessions, "peopleTrained", people, "topic", "玉米螟综合防治"))
                .post("/api/v1/experts/" + expert + "/services").then().statusCode(201);
    }

    private static boolean built;

    /**
     * County 150625: E1 expert (county-wide) served 2021-05-12 (2 sessions, 45 people) and 2020-11-01 (1, 30);
     * E2 expert in town 101 served 2021-08-08 (3, 60); L1 local talent in village 101201 served 2021-03-03 (1, 12);
     * H1 technology demonstration household, no service. In 2021: 2 experts, 1 local talent, 1 household,
     * 6 sessions, 117 people trained.
     */
    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        long e1 = expert("EXPERT", "150625000000");
        service(e1, "2021-05-12", 2, 45);
        service(e1, "2020-11-01", 1, 30);
        long e2 = expert("EXPERT", "150625101000");
        service(e2, "2021-08-08", 3, 60);
        long l1 = expert("LOCAL_TALENT", "150625101201");
        service(l1, "2021-03-03", 1, 12);
        expert("TECH_DEMO_HOUSEHOLD", "150625101202");
    }

    @Test
    void countsThePoolAndItsServices() {
        editor().queryParam("region", "150625").queryParam("year", 2021).get("/api/v1/experts/summary")
                .then().statusCode(200)
                .body("experts.value", equalTo(2)).body("experts.unit", equalTo("persons"))
                .body("localTalent.value", equalTo(1))
                .body("techDemoHouseholds.value", equalTo(1)).body("techDemoHouseholds.unit", equalTo("households"))
                .body("serviceSessions.value", equalTo(6)).body("serviceSessions.unit", equalTo("sessions"))
                .body("peopleTrained.value", equalTo(117)).body("peopleTrained.unit", equalTo("person-times"));
        editor().queryParam("region", "150625").queryParam("from", "2020-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/experts/summary").then().body("serviceSessions.value", equalTo(7))
                .body("peopleTrained.value", equalTo(147));
        editor().queryParam("region", "150625").queryParam("kind", "EXPERT").queryParam("field", "病虫害")
                .get("/api/v1/experts").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void recordsServiceEventsAndRefusesImpossibleOnes() {
        long id = expert("EXPERT", "150625102000");
        String path = "/api/v1/experts/" + id + "/services";
        editor().body(Map.of("date", "2021-05-12", "sessions", 0, "peopleTrained", 3)).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("sessions"));
        editor().body(Map.of("date", "2021-05-12", "sessions", 1, "peopleTrained", -3)).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("peopleTrained"));
        editor().body(Map.of("date", LocalDate.now().plusDays(2).toString(), "sessions", 1, "peopleTrained", 3)).post(path)
                .then().statusCode(422).body("rule", equalTo("talent.date.future"));
        editor().body(Map.of("date", "2021-05-12", "sessions", 1, "peopleTrained", 3, "villageCode", "150625102000"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("villageCode"));
        editor().body(Map.of("date", "2021-05-12", "sessions", 1.5, "peopleTrained", 3)).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("sessions"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expert_service_event WHERE expert_id = ?1", id));
        String location = editor().body(Map.of("date", "2021-05-12", "sessions", 1, "peopleTrained", 3)).post(path)
                .then().statusCode(201).extract().header("Location");
        editor().get(location).then().statusCode(200).body("peopleTrained", equalTo(3));
        editor().get(path).then().statusCode(200).body("size()", equalTo(1));
        editor().header("If-Match", "\"0\"").delete("/api/v1/experts/" + id).then().statusCode(409)
                .body("rule", equalTo("expert.has-services"));
        editor().header("If-Match", "\"0\"").delete(location).then().statusCode(204);
        editor().header("If-Match", "\"0\"").delete("/api/v1/experts/" + id).then().statusCode(204);
        editor().get(path).then().statusCode(404);
    }

    @Test
    void refusesAnUnknownKindAndAMissingField() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "x", "kind", "GURU", "field", "x", "regionCode", "150625103000"));
        editor().body(body).post("/api/v1/experts").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        body.put("kind", "EXPERT");
        body.remove("field");
        editor().body(body).post("/api/v1/experts").then().statusCode(400).body("errors[0].field", equalTo("field"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM expert WHERE region_code = '150625103000'"));
        editor().body(List.of(body)).post("/api/v1/experts").then().statusCode(400);
    }
}
