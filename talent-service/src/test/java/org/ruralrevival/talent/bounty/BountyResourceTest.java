package org.ruralrevival.talent.bounty;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

@QuarkusTest
class BountyResourceTest {

    static long post(String region, String postedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("title", "解决灌溉渠渗漏问题");
        body.put("postedOn", postedOn);
        body.put("budget", new BigDecimal("500000.00"));
        return ((Number) editor().body(body).post("/api/v1/bounties").then().statusCode(201).extract().path("id")).longValue();
    }

    static ValidatableResponse claim(long id, String kind, String name, Long memberId, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("claimantKind", kind);
        body.put("claimantName", name);
        if (memberId != null) {
            body.put("memberId", memberId);
        }
        body.put("date", date);
        return editor().body(body).post("/api/v1/bounties/" + id + "/claim").then();
    }

    static ValidatableResponse complete(long id, String date, String funds, int points) {
        return editor().body(Map.of("date", date, "fundsSpent", new BigDecimal(funds), "points", points))
                .post("/api/v1/bounties/" + id + "/complete").then();
    }

    private static boolean built;

    /**
     * County 150623. B1 posted 2021-03-15 (town), claimed 2021-04-01 by 水利局, completed 2021-10-20 (455,000.00 yuan,
     * 10 points). B2 posted 2021-05-01, claimed 2021-06-01 by 刘志强, completed 2022-02-01 (100,000.50, 5). B3 posted
     * 2021-07-01, open. B4 posted 2020-11-01, claimed 2020-12-01 by 水利局, completed 2021-01-15 (30,000, 8).
     * B5 posted 2022-01-10, open.
     * 2021: 3 posted, 1 open and 1 claimed at year end, 2 completed, 485,000.00 yuan, 18 points (水利局: 2, 18).
     * 2022: 1 posted, 2 open, 0 claimed, 1 completed, 100,000.50 yuan, 5 points.
     */
    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        long b1 = post("150623101000", "2021-03-15");
        claim(b1, "UNIT", "达拉特旗水利局", null, "2021-04-01").statusCode(200);
        complete(b1, "2021-10-20", "455000.00", 10).statusCode(200);
        long b2 = post("150623101201", "2021-05-01");
        claim(b2, "PERSON", "刘志强", 20417L, "2021-06-01").statusCode(200);
        complete(b2, "2022-02-01", "100000.50", 5).statusCode(200);
        post("150623101202", "2021-07-01");
        long b4 = post("150623101201", "2020-11-01");
        claim(b4, "UNIT", "达拉特旗水利局", null, "2020-12-01").statusCode(200);
        complete(b4, "2021-01-15", "30000", 8).statusCode(200);
        post("150623101202", "2022-01-10");
    }

    @Test
    void countsOpenClaimedAndCompletedWithFundsAndPoints() {
        editor().queryParam("region", "150623").queryParam("year", 2021).get("/api/v1/bounties/summary")
                .then().statusCode(200)
                .body("posted.value", equalTo(3)).body("posted.unit", equalTo("bounties"))
                .body("open.value", equalTo(1)).body("claimed.value", equalTo(1)).body("completed.value", equalTo(2))
                .body("fundsSpent.value", equalTo(485000.00f)).body("fundsSpent.unit", equalTo("yuan"))
                .body("points.value", equalTo(18))
                .body("claimants.name", equalTo(List.of("达拉特旗水利局")))
                .body("claimants[0].completed", equalTo(2)).body("claimants[0].points", equalTo(18));
        editor().queryParam("region", "150623").queryParam("year", 2022).get("/api/v1/bounties/summary")
                .then().statusCode(200)
                .body("posted.value", equalTo(1)).body("open.value", equalTo(2)).body("claimed.value", equalTo(0))
                .body("completed.value", equalTo(1)).body("fundsSpent.value", equalTo(100000.50f))
                .body("points.value", equalTo(5)).body("claimants[0].memberId", equalTo(20417));
        editor().queryParam("region", "150623").queryParam("state", "OPEN").get("/api/v1/bounties")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void onlyAnOpenBountyIsClaimedAndOnlyAClaimedOneCompleted() {
        long id = post("150624101000", "2021-03-15");
        complete(id, "2021-10-20", "1", 1).statusCode(409).body("rule", equalTo("bounty.state.open"));
        claim(id, "UNIT", "水利局", null, "2021-03-14").statusCode(422).body("rule", equalTo("bounty.claim.before-posted"));
        claim(id, "UNIT", "水利局", null, LocalDate.now().plusDays(2).toString()).statusCode(422)
                .body("rule", equalTo("talent.date.future"));
        editor().get("/api/v1/bounties/" + id).then().body("state", equalTo("OPEN")).body("claimant", nullValue())
                .body("version", equalTo(0));
        claim(id, "UNIT", "水利局", null, "2021-03-15").statusCode(200).body("state", equalTo("CLAIMED"))
                .body("claimant.name", equalTo("水利局"));
        claim(id, "PERSON", "刘志强", null, "2021-04-01").statusCode(409).body("rule", equalTo("bounty.state.claimed"));
        complete(id, "2021-03-14", "1", 1).statusCode(422).body("rule", equalTo("bounty.complete.before-claimed"));
        complete(id, "2021-05-01", "-1", 1).statusCode(400).body("errors[0].field", equalTo("fundsSpent"));
        complete(id, "2021-05-01", "1.001", 1).statusCode(400).body("errors[0].field", equalTo("fundsSpent"));
        complete(id, "2021-05-01", "1", -1).statusCode(400).body("errors[0].field", equalTo("points"));
        editor().get("/api/v1/bounties/" + id).then().body("state", equalTo("CLAIMED")).body("fundsSpent", nullValue());
        complete(id, "2021-05-01", "1200.50", 6).statusCode(200).body("state", equalTo("COMPLETED"))
                .body("fundsSpent", equalTo(1200.5f)).body("points", equalTo(6));
        complete(id, "2021-06-01", "1", 1).statusCode(409).body("rule", equalTo("bounty.state.completed"));
        claim(id, "UNIT", "水利局", null, "2021-06-01").statusCode(409).body("rule", equalTo("bounty.state.completed"));
        editor().header("If-Match", "\"2\"").delete("/api/v1/bounties/" + id).then().statusCode(409);
    }

    @Test
    void aClaimedBountyCanNoLongerBeEditedAndAStaleVersionRefusesTheClaim() {
        long id = post("150624102000", "2021-03-15");
        editor().header("If-Match", "\"7\"").body(Map.of("claimantKind", "UNIT", "claimantName", "水利局", "date", "2021-04-01"))
                .post("/api/v1/bounties/" + id + "/claim").then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(Map.of("claimantKind", "UNIT", "claimantName", "水利局", "date", "2021-04-01"))
                .post("/api/v1/bounties/" + id + "/claim").then().statusCode(200).header("ETag", equalTo("\"1\""));
        editor().header("If-Match", "\"1\"").body(Map.of("regionCode", "150624102000", "title", "改", "postedOn", "2021-03-15"))
                .put("/api/v1/bounties/" + id).then().statusCode(409).body("rule", equalTo("bounty.state.claimed"));
        claim(999_999_999L, "UNIT", "水利局", null, "2021-04-01").statusCode(404);
    }

    @Test
    void aBountyIsPostedByATownOrAVillage() {
        editor().body(Map.of("regionCode", "150624000000", "title", "x", "postedOn", "2021-03-15"))
                .post("/api/v1/bounties").then().statusCode(400).body("errors[0].rule", equalTo("talent.region.level"));
        editor().body(Map.of("regionCode", "150624103000", "title", "x", "postedOn", "2021-03-15", "budget", -5))
                .post("/api/v1/bounties").then().statusCode(400).body("errors[0].field", equalTo("budget"));
        editor().body(Map.of("regionCode", "150624103000", "title", "x", "postedOn", "2021-03-15", "state", "COMPLETED"))
                .post("/api/v1/bounties").then().statusCode(400).body("errors[0].rule", equalTo("json.unknown-property"));
        editor().body(Map.of("claimantKind", "TEAM", "claimantName", "x", "date", "2021-04-01"))
                .post("/api/v1/bounties/1/claim").then().statusCode(400).body("errors[0].field", equalTo("claimantKind"));
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM bounty WHERE region_code LIKE '150624%' AND title = 'x'"));
        post("150624103201", "2021-03-15");
    }
}
