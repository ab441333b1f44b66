package org.ruralrevival.talent.training;

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
class TrainingResourceTest {

    static Map<String, Object> session(String region, String date, String hours, List<Map<String, Object>> attendees) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("date", date);
        body.put("topic", "村党组织书记“头雁”培训");
        body.put("organizer", "镇党委");
        body.put("place", "党群服务中心");
        body.put("hours", new java.math.BigDecimal(hours));
        body.put("attendees", attendees);
        return body;
    }

    static long create(Map<String, Object> body) {
        return ((Number) editor().body(body).post("/api/v1/trainings").then().statusCode(201).extract().path("id")).longValue();
    }

    private static long sessionsIn(String region) {
        return Fixtures.count("SELECT COUNT(*) FROM training_session WHERE region_code = ?1", region);
    }

    private static final Map<String, Object> A = Map.of("name", "王建国", "memberId", 1001);
    private static final Map<String, Object> B = Map.of("name", "李红");
    private static final Map<String, Object> C = Map.of("name", "赵强");
    private static final Map<String, Object> D = Map.of("name", "孙丽", "memberId", 1002);

    private static boolean built;

    /**
     * County 620126: S1 2021-03-01 at town 101 (A, B, C; 3 h), S2 2021-05-01 at village 201 (A, B, D; 2.5 h),
     * S3 2020-12-01 county-wide (A; 8 h); S4 2021-06-01 in county 620127 (B; 1 h).
     * 620126 in 2021: 2 sessions, 4 people (A, B, C, D), 6 person-times, 5.5 hours.
     * 620126 in 2020–2021: 3 sessions, 4 people, 7 person-times, 13.5 hours.
     */
    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        create(session("620126101000", "2021-03-01", "3", List.of(A, B, C)));
        create(session("620126101201", "2021-05-01", "2.5", List.of(A, B, D)));
        create(session("620126000000", "2020-12-01", "8", List.of(A)));
        create(session("620127101000", "2021-06-01", "1", List.of(B)));
    }

    @Test
    void countsSessionsDistinctPeopleAndPersonTimes() {
        editor().queryParam("region", "620126").queryParam("year", 2021).get("/api/v1/trainings/summary")
                .then().statusCode(200)
                .body("region", equalTo("620126000000"))
                .body("sessions.value", equalTo(2)).body("sessions.unit", equalTo("sessions"))
                .body("people.value", equalTo(4)).body("people.unit", equalTo("persons"))
                .body("personTimes.value", equalTo(6)).body("personTimes.unit", equalTo("person-times"))
                .body("hours.value", equalTo(5.5f));
        editor().queryParam("region", "620126").queryParam("from", "2020-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/trainings/summary").then().statusCode(200)
                .body("sessions.value", equalTo(3)).body("people.value", equalTo(4))
                .body("personTimes.value", equalTo(7)).body("hours.value", equalTo(13.5f));
        editor().queryParam("region", "620126101").queryParam("year", 2021).get("/api/v1/trainings/summary")
                .then().body("sessions.value", equalTo(2));
        editor().queryParam("region", "620126").queryParam("year", 2021).get("/api/v1/trainings")
                .then().statusCode(200).body("total", equalTo(2)).body("items[0].attendeeCount", equalTo(3));
    }

    @Test
    void refusesDuplicateOrNamelessAttendeesAndImpossibleHours() {
        editor().body(session("620126102000", "2021-03-01", "3", List.of(A, Map.of("name", "王建国", "memberId", 1001))))
                .post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", equalTo("attendees[1]"))
                .body("errors[0].rule", equalTo("talent.person.duplicate"));
        editor().body(session("620126102000", "2021-03-01", "3", List.of(Map.of("memberId", 5))))
                .post("/api/v1/trainings").then().statusCode(400).body("errors[0].field", equalTo("attendees[0].name"));
        editor().body(session("620126102000", "2021-03-01", "0", List.of())).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", equalTo("hours"));
        editor().body(session("620126102000", "2021-03-01", "1.25", List.of())).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", equalTo("hours"));
        editor().body(session("620126102000", LocalDate.now().plusDays(3).toString(), "2", List.of()))
                .post("/api/v1/trainings").then().statusCode(422).body("rule", equalTo("talent.date.future"));
        editor().body(session("6201261", "2021-03-01", "2", List.of())).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
        var typo = session("620126102000", "2021-03-01", "2", List.of());
        typo.put("hour", 2);
        editor().body(typo).post("/api/v1/trainings").then().statusCode(400).body("errors[0].rule", equalTo("json.unknown-property"));
        assertEquals(0, sessionsIn("620126102000"));
    }

    @Test
    void correctingTheAttendanceReplacesIt() {
        long id = create(session("620126103000", "2021-09-09", "4", List.of(A, B)));
        editor().body(session("620126103000", "2021-09-09", "4", List.of(C))).put("/api/v1/trainings/" + id)
                .then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(session("620126103000", "2021-09-09", "4", List.of(C, D)))
                .put("/api/v1/trainings/" + id).then().statusCode(200).body("attendees.name", equalTo(List.of("赵强", "孙丽")))
                .header("ETag", equalTo("\"1\""));
        assertEquals(2, Fixtures.count("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?1", id));
        editor().header("If-Match", "\"1\"").delete("/api/v1/trainings/" + id).then().statusCode(204);
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?1", id));
    }
}
