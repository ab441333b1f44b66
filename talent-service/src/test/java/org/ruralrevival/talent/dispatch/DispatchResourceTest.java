package org.ruralrevival.talent.dispatch;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

@QuarkusTest
class DispatchResourceTest {

    static Map<String, Object> dispatch(String kind, String village, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("personName", "刘志强");
        body.put("unit", "达拉特旗财政局");
        body.put("villageCode", village);
        body.put("from", from);
        if (to != null) {
            body.put("to", to);
        }
        return body;
    }

    static long create(Map<String, Object> body) {
        return ((Number) editor().body(body).post("/api/v1/dispatches").then().statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> outcome(int projects, String funds, int opinions, int solved) {
        return Map.of("projects", projects, "funds", new BigDecimal(funds), "opinions", opinions, "problemsSolved", solved);
    }

    /** Records an outcome with the dispatch's current version. */
    static void record(long id, int year, Map<String, Object> outcome) {
        String etag = editor().get("/api/v1/dispatches/" + id).then().extract().header("ETag");
        editor().header("If-Match", etag).body(outcome).put("/api/v1/dispatches/" + id + "/outcomes/" + year)
                .then().statusCode(200);
    }

    private static boolean built;

    /**
     * County 150621 (达拉特旗), town 101 (other tests use other towns). D1 first secretary in 201 2021-06-01..2023-05-31: 2021 (2, 1,250,000.50,
     * 36, 14), 2022 (1, 300,000, 20, 9). D2 work-team member in 201 2019-03-01..2021-02-28: 2019 (1, 100,000, 10, 5),
     * 2020 (0, 0, 12, 6), 2021 (0, 50,000.25, 3, 1). D3 first secretary in 202 from 2022-01-01: 2022 (3, 2,000,000,
     * 40, 20). D4 in county 150622, 2021 (5, 999, 1, 1).
     * 2021 in town 150621101: 2 dispatched (1 + 1), 2 projects, 1,300,000.75 yuan, 39 opinions, 15 problems.
     * 2022 in town 150621101: 2 dispatched (2 first secretaries), 4 projects, 2,300,000.00 yuan, 60 opinions, 29 problems.
     */
    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        long d1 = create(dispatch("FIRST_SECRETARY", "150621101201", "2021-06-01", "2023-05-31"));
        record(d1, 2021, outcome(2, "1250000.50", 36, 14));
        record(d1, 2022, outcome(1, "300000", 20, 9));
        long d2 = create(dispatch("WORK_TEAM_MEMBER", "150621101201", "2019-03-01", "2021-02-28"));
        record(d2, 2019, outcome(1, "100000", 10, 5));
        record(d2, 2020, outcome(0, "0", 12, 6));
        record(d2, 2021, outcome(0, "50000.25", 3, 1));
        long d3 = create(dispatch("FIRST_SECRETARY", "150621101202", "2022-01-01", null));
        record(d3, 2022, outcome(3, "2000000", 40, 20));
        long d4 = create(dispatch("FIRST_SECRETARY", "150622101201", "2021-01-01", null));
        record(d4, 2021, outcome(5, "999", 1, 1));
    }

    @Test
    void summarisesDispatchesAndWhatTheyBroughtPerYear() {
        editor().queryParam("region", "150621101").queryParam("year", 2021).get("/api/v1/dispatches/summary")
                .then().statusCode(200)
                .body("dispatched.value", equalTo(2)).body("dispatched.unit", equalTo("persons"))
                .body("firstSecretaries.value", equalTo(1)).body("workTeamMembers.value", equalTo(1))
                .body("projects.value", equalTo(2)).body("projects.unit", equalTo("projects"))
                .body("funds.value", equalTo(1300000.75f)).body("funds.unit", equalTo("yuan"))
                .body("opinions.value", equalTo(39)).body("problemsSolved.value", equalTo(15));
        editor().queryParam("region", "150621101").queryParam("year", 2022).get("/api/v1/dispatches/summary")
                .then().statusCode(200)
                .body("dispatched.value", equalTo(2)).body("firstSecretaries.value", equalTo(2))
                .body("projects.value", equalTo(4)).body("funds.value", equalTo(2300000.00f))
                .body("opinions.value", equalTo(60)).body("problemsSolved.value", equalTo(29));
        editor().queryParam("region", "150621101").queryParam("year", 2021).queryParam("kind", "WORK_TEAM_MEMBER")
                .get("/api/v1/dispatches").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].outcomes.year", equalTo(List.of(2019, 2020, 2021)))
                .body("items[0].outcomes[2].funds", equalTo(50000.25f));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        editor().body(dispatch("FIRST_SECRETARY", "150621102201", "2021-06-01", "2021-05-31")).post("/api/v1/dispatches")
                .then().statusCode(400).body("errors[0].field", equalTo("to")).body("errors[0].rule", equalTo("talent.period.order"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM dispatch WHERE village_code = '150621102201'"));
        create(dispatch("FIRST_SECRETARY", "150621102201", "2021-06-01", "2021-06-01"));
    }

    @Test
    void outcomesBelongToYearsOfThePeriodAndNeedTheVersion() {
        long id = create(dispatch("WORK_TEAM_MEMBER", "150621103201", "2019-03-01", "2021-02-28"));
        String path = "/api/v1/dispatches/" + id + "/outcomes/";
        editor().body(outcome(1, "10", 1, 1)).put(path + 2019).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(outcome(1, "10", 1, 1)).put(path + 2022).then().statusCode(422)
                .body("rule", equalTo("dispatch.outcome.outside-period"));
        editor().header("If-Match", "\"0\"").body(outcome(1, "10", 1, 1)).put(path + 2018).then().statusCode(422)
                .body("rule", equalTo("dispatch.outcome.outside-period"));
        editor().header("If-Match", "\"0\"").body(outcome(1, "-1", 1, 1)).put(path + 2019).then().statusCode(400)
                .body("errors[0].field", equalTo("funds"));
        editor().header("If-Match", "\"0\"").body(outcome(1, "10.005", 1, 1)).put(path + 2019).then().statusCode(400)
                .body("errors[0].field", equalTo("funds"));
        editor().header("If-Match", "\"0\"").body(Map.of("projects", 1)).put(path + 2019).then().statusCode(400);
        editor().header("If-Match", "\"0\"").body(outcome(1, "10", 1, 1)).put(path + "20x9").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM dispatch_outcome WHERE dispatch_id = ?1", id));

        editor().header("If-Match", "\"0\"").body(outcome(1, "10", 1, 1)).put(path + 2019).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        editor().header("If-Match", "\"1\"").body(outcome(2, "20.50", 3, 4)).put(path + 2019).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("outcomes[0].projects", equalTo(2))
                .body("outcomes[0].funds", equalTo(20.5f));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM dispatch_outcome WHERE dispatch_id = ?1", id));
        // Moving the period away from a year with an outcome strands it: refused.
        var moved = dispatch("WORK_TEAM_MEMBER", "150621103201", "2020-01-01", "2021-02-28");
        editor().header("If-Match", "\"2\"").body(moved).put("/api/v1/dispatches/" + id).then().statusCode(422)
                .body("rule", equalTo("dispatch.outcome.outside-period"));
        editor().header("If-Match", "\"2\"").delete(path + 2019).then().statusCode(200).body("outcomes.size()", equalTo(0));
        editor().header("If-Match", "\"3\"").delete(path + 2019).then().statusCode(404);
    }

    @Test
    void anOpenDispatchTakesNoOutcomeForAYearToCome() {
        long id = create(dispatch("FIRST_SECRETARY", "150621104201", "2021-01-01", null));
        int next = LocalDate.now().getYear() + 1;
        editor().header("If-Match", "\"0\"").body(outcome(1, "10", 1, 1)).put("/api/v1/dispatches/" + id + "/outcomes/" + next)
                .then().statusCode(422).body("rule", equalTo("dispatch.outcome.outside-period"));
    }
}
