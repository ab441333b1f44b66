package org.ruralrevival.economy.plan;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class DoublingPlanResourceTest {

    private static final String PLANS = "/api/v1/doubling-plans";

    private static int plan(String village, int baselineYear, int baselineIncome) {
        return editor().body(Map.of("villageCode", village, "baselineYear", baselineYear, "baselineIncome", baselineIncome,
                "model", "SERVICE")).post(PLANS).then().statusCode(201).extract().path("id");
    }

    private static void income(String village, int year, int operating) {
        editor().body(Map.of("villageCode", village, "year", year, "operatingIncome", operating, "totalIncome", operating,
                "netIncome", operating)).post("/api/v1/incomes").then().statusCode(201);
    }

    @Test
    void aPlanDefaultsToDoublingInFourYearsAndShowsItsPhaseAndProgress() {
        Fixtures.village("620123108201", "夏官营村");
        int id = plan("620123108201", 2022, 105000);
        // 夏官营村: the property company added 210,000 yuan: 315,000 in 2023 against a line of 131,250.
        income("620123108201", 2023, 315000);
        editor().queryParam("year", 2023).get(PLANS + "/" + id).then().statusCode(200)
                .body("targetMultiple", equalTo(2.0f))
                .body("targetYear", equalTo(2026))
                .body("targetIncome", equalTo(210000f))
                .body("progress.phase", equalTo("CONSTRUCTION"))
                .body("progress.targetLine", equalTo(131250f))
                .body("progress.latestIncome", equalTo(315000f))
                .body("progress.latestIncomeYear", equalTo(2023))
                .body("progress.percentOfTarget", equalTo(150.0f))
                .body("progress.behind", equalTo(false));
        editor().queryParam("year", 2025).get(PLANS + "/" + id).then()
                .body("progress.phase", equalTo("DEVELOPMENT"))
                .body("progress.latestIncomeYear", equalTo(2023));
        editor().queryParam("year", 2027).get(PLANS + "/" + id).then().body("progress.phase", nullValue());
    }

    @Test
    void listsThePlansBehindTheirLineInAYear() {
        for (int i = 1; i <= 4; i++) {
            Fixtures.village("62012310820" + (i + 1), "计划村" + i);
        }
        plan("620123108202", 2022, 100000);
        income("620123108202", 2023, 130000);
        plan("620123108203", 2022, 100000);
        income("620123108203", 2023, 120000);
        // Nothing recorded after the baseline: the baseline income (100,000) stands, below the line of 125,000.
        plan("620123108204", 2022, 100000);
        plan("620123108205", 2022, 100000);
        income("620123108205", 2023, 125000);
        editor().queryParam("region", "620123108").queryParam("behind", true).queryParam("year", 2023).get(PLANS)
                .then().statusCode(200)
                .body("items.villageCode", containsInAnyOrder("620123108203", "620123108204"))
                .body("total", equalTo(2));
        editor().queryParam("region", "620123108").queryParam("behind", false).queryParam("year", 2023).get(PLANS)
                .then().statusCode(200)
                .body("items.villageCode", containsInAnyOrder("620123108201", "620123108202", "620123108205"));
        // In the baseline year no plan has begun: neither behind nor on track.
        editor().queryParam("region", "620123108").queryParam("behind", true).queryParam("year", 2022).get(PLANS)
                .then().body("total", equalTo(0));
    }

    @Test
    void refusesImpossiblePlansAndStoresNothing() {
        Fixtures.village("620123118211", "规则村");
        var base = new java.util.HashMap<String, Object>(Map.of("villageCode", "620123118211", "baselineYear", 2022,
                "baselineIncome", 100000, "model", "RESOURCE"));
        var zero = new java.util.HashMap<>(base);
        zero.put("baselineIncome", 0);
        editor().body(zero).post(PLANS).then().statusCode(400).body("errors[0].rule", equalTo("plan.baseline.zero"));
        var one = new java.util.HashMap<>(base);
        one.put("targetMultiple", 1);
        editor().body(one).post(PLANS).then().statusCode(400).body("errors[0].rule", equalTo("plan.multiple"));
        var early = new java.util.HashMap<>(base);
        early.put("targetYear", 2022);
        editor().body(early).post(PLANS).then().statusCode(400).body("errors[0].rule", equalTo("plan.target-year"));
        var model = new java.util.HashMap<>(base);
        model.put("model", "MAGIC");
        editor().body(model).post(PLANS).then().statusCode(400).body("errors[0].field", equalTo("model"));
        editor().queryParam("region", "620123118211").get(PLANS).then().body("total", equalTo(0));
        int id = editor().body(base).post(PLANS).then().statusCode(201).extract().path("id");
        editor().body(base).post(PLANS).then().statusCode(409).body("rule", equalTo("plan.duplicate"));
        var triple = new java.util.HashMap<>(base);
        triple.put("targetMultiple", 3);
        editor().body(triple).put(PLANS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(triple).put(PLANS + "/" + id).then().statusCode(200)
                .body("targetIncome", equalTo(300000f));
    }
}
