package org.ruralrevival.talent.wealthleader;

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
class WealthLeaderResourceTest {

    static Map<String, Object> entry(String kind, String village, String started, String achieved, boolean cadre) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("villageCode", village);
        body.put("personName", "马永福");
        body.put("villageCadre", cadre);
        body.put("industry", "肉羊养殖");
        body.put("startedOn", started);
        if (achieved != null) {
            body.put("achievedOn", achieved);
        }
        return body;
    }

    static long create(Map<String, Object> body) {
        return ((Number) editor().body(body).post("/api/v1/wealth-leaders").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static Map<String, Object> target(String region, int year, String kind, String percent, int base) {
        return Map.of("regionCode", region, "year", year, "kind", kind, "targetPercent", new BigDecimal(percent),
                "baseCount", base);
    }

    private static boolean built;

    /**
     * Town 620128101, targets for 2025: MEMBER_TO_LEADER 80% of 10 (8), LEADER_TO_MEMBER 90% of 5 (5),
     * CADRE_TO_LEADER 90% of 3 (3). Entries: M1 member→leader in 201, 2021-03-01 → 2021-09-01, village cadre;
     * M2 in 202, 2021-03-01 → 2022-05-01; M3 in 202 from 2022-01-01; L1 leader→member in 201, 2020-06-01 →
     * 2021-07-01; X member→leader in town 102, → 2021-05-01 (outside the town).
     * On 2021-12-31: member→leader 1 achieved, 1 in progress, 10.00%, 7 to go; leader→member 1, 20.00%, 4 to go;
     * cadre→leader 1, 33.33%, 2 to go.
     */
    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        create(entry("MEMBER_TO_LEADER", "620128101201", "2021-03-01", "2021-09-01", true));
        create(entry("MEMBER_TO_LEADER", "620128101202", "2021-03-01", "2022-05-01", false));
        create(entry("MEMBER_TO_LEADER", "620128101202", "2022-01-01", null, false));
        create(entry("LEADER_TO_MEMBER", "620128101201", "2020-06-01", "2021-07-01", false));
        create(entry("MEMBER_TO_LEADER", "620128102201", "2021-01-01", "2021-05-01", false));
        editor().body(target("620128101000", 2025, "MEMBER_TO_LEADER", "80", 10)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(201);
        editor().body(target("620128101000", 2025, "LEADER_TO_MEMBER", "90", 5)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(201);
        editor().body(target("620128101000", 2025, "CADRE_TO_LEADER", "90", 3)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(201);
    }

    @Test
    void measuresProgressAgainstTheTargets() {
        editor().queryParam("region", "620128101").queryParam("year", 2025).queryParam("asOf", "2021-12-31")
                .get("/api/v1/wealth-leaders/targets").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.kind", equalTo(List.of("CADRE_TO_LEADER", "LEADER_TO_MEMBER", "MEMBER_TO_LEADER")))
                .body("items.targetCount", equalTo(List.of(3, 5, 8)))
                .body("items.progress.achieved", equalTo(List.of(1, 1, 1)))
                .body("items.progress.inProgress", equalTo(List.of(0, 0, 1)))
                .body("items.progress.percent", equalTo(List.of(33.33f, 20.00f, 10.00f)))
                .body("items.progress.remaining", equalTo(List.of(2, 4, 7)))
                .body("items.progress.met", equalTo(List.of(false, false, false)));
        editor().queryParam("region", "620128101").queryParam("asOf", "2022-12-31")
                .get("/api/v1/wealth-leaders/targets").then().statusCode(200)
                .body("items[2].progress.achieved", equalTo(2)).body("items[2].progress.inProgress", equalTo(1));
    }

    @Test
    void resendingATargetUpdatesItAndProgressStopsAtItsYear() {
        int id = editor().body(target("620128103000", 2021, "MEMBER_TO_LEADER", "50", 2)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(201).extract().path("id");
        editor().body(target("620128103000", 2021, "MEMBER_TO_LEADER", "100", 1)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(200).body("id", equalTo(id)).body("targetCount", equalTo(1))
                .header("ETag", equalTo("\"1\""));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM wealth_leader_target WHERE region_code = '620128103000'"));
        create(entry("MEMBER_TO_LEADER", "620128103201", "2021-02-01", "2022-02-01", false));
        editor().queryParam("asOf", "2023-06-30").get("/api/v1/wealth-leaders/targets/" + id).then().statusCode(200)
                .body("progress.asOf", equalTo("2021-12-31")).body("progress.achieved", equalTo(0))
                .body("progress.inProgress", equalTo(1)).body("progress.met", equalTo(false));
        create(entry("MEMBER_TO_LEADER", "620128103202", "2021-02-01", "2021-12-31", false));
        editor().get("/api/v1/wealth-leaders/targets/" + id).then().body("progress.achieved", equalTo(1))
                .body("progress.met", equalTo(true)).body("progress.percent", equalTo(100.00f));
    }

    @Test
    void refusesImpossibleTargetsAndEntries() {
        editor().body(target("620128104000", 2025, "MEMBER_TO_LEADER", "0", 10)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(400).body("errors[0].field", equalTo("targetPercent"));
        editor().body(target("620128104000", 2025, "MEMBER_TO_LEADER", "100.5", 10)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(400).body("errors[0].field", equalTo("targetPercent"));
        editor().body(target("620128104000", 2025, "MEMBER_TO_LEADER", "80", 0)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(400).body("errors[0].field", equalTo("baseCount"));
        editor().body(target("620128104000", 2025, "EVERYONE", "80", 3)).post("/api/v1/wealth-leaders/targets")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM wealth_leader_target WHERE region_code = '620128104000'"));

        editor().body(entry("MEMBER_TO_LEADER", "620128104201", "2021-03-01", "2021-02-01", false))
                .post("/api/v1/wealth-leaders").then().statusCode(400).body("errors[0].field", equalTo("achievedOn"));
        editor().body(entry("LEADER_TO_MEMBER", "620128104201", "2021-03-01", null, true))
                .post("/api/v1/wealth-leaders").then().statusCode(400).body("errors[0].rule", equalTo("wealth.village-cadre.kind"));
        editor().body(entry("MEMBER_TO_LEADER", "620128104201", LocalDate.now().plusDays(2).toString(), null, false))
                .post("/api/v1/wealth-leaders").then().statusCode(422).body("rule", equalTo("talent.date.future"));
        editor().body(entry("MEMBER_TO_LEADER", "620128104000", "2021-03-01", null, false))
                .post("/api/v1/wealth-leaders").then().statusCode(400).body("errors[0].rule", equalTo("talent.region.level"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM wealth_leader_entry WHERE village_code LIKE '620128104%'"));
        editor().queryParam("achieved", "maybe").get("/api/v1/wealth-leaders").then().statusCode(400);
    }

    @Test
    void recordingSuccessLaterNeedsTheVersion() {
        long id = create(entry("LEADER_TO_MEMBER", "620128105201", "2021-03-01", null, false));
        editor().queryParam("region", "620128105").queryParam("achieved", "false").get("/api/v1/wealth-leaders")
                .then().body("total", equalTo(1));
        var done = entry("LEADER_TO_MEMBER", "620128105201", "2021-03-01", "2022-07-01", false);
        editor().body(done).put("/api/v1/wealth-leaders/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(done).put("/api/v1/wealth-leaders/" + id).then().statusCode(200)
                .body("achievedOn", equalTo("2022-07-01"));
        editor().queryParam("region", "620128105").queryParam("achieved", "true").get("/api/v1/wealth-leaders")
                .then().body("total", equalTo(1));
    }
}
