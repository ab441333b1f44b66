package org.ruralrevival.economy.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ruralrevival.economy.Fixtures.as;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.ruralrevival.economy.Fixtures;

/**
 * The report against a hand-calculated county (150629): four villages A–D over 2020 and 2021, a
 * joint project of B and C, a greenhouse in A, plans, cooperatives, the property exchange and
 * credit. Every expected figure below is worked out by hand in the comments.
 */
@QuarkusTest
class EconomyReportTest {

    static final String A = "150629101201";
    static final String B = "150629101202";
    static final String C = "150629101203";
    static final String D = "150629101204";
    static final String REPORT = "/api/v1/reports/economy";
    private static boolean loaded;

    static void account(String village, int year, String op, String total, String net, Map<String, Object> sources) {
        Map<String, Object> b = new HashMap<>();
        b.put("villageCode", village);
        b.put("year", year);
        b.put("operatingIncome", new BigDecimal(op));
        b.put("totalIncome", new BigDecimal(total));
        b.put("netIncome", new BigDecimal(net));
        if (sources != null) {
            b.put("bySource", sources);
        }
        editor().body(b).post("/api/v1/incomes").then().statusCode(201);
    }

    /** Loaded once, through the API (RestAssured is pointed at the app only once tests run). */
    @BeforeEach
    void county() {
        if (loaded) {
            return;
        }
        loaded = true;
        Fixtures.village(A, "甲嘎查");
        Fixtures.village(B, "乙嘎查");
        Fixtures.village(C, "丙嘎查");
        Fixtures.village(D, "丁嘎查");
        // 2020: operating 100,000 + 40,000 + 60,000 = 200,000; total 280,000; net 130,000.
        account(A, 2020, "100000", "150000", "80000", null);
        account(B, 2020, "40000", "60000", "30000", null);
        account(C, 2020, "60000", "70000", "20000", null);
        // 2021 as recorded: A 120,000 / 160,000 / 100,000 (by source), B 30,000 / 50,000 / 10,000,
        // C 45,000 / 55,000 / −5,000, D 50,000 / 50,000 / 40,000.
        account(A, 2021, "120000", "160000", "100000", Map.of("RESOURCE", 20000, "ASSET_LEASE", 100000, "SUBSIDY", 40000));
        account(B, 2021, "30000", "50000", "10000", null);
        account(C, 2021, "45000", "55000", "-5000", null);
        account(D, 2021, "50000", "50000", "40000", null);
        // Joint project of B and C, half each: 10,000.01 → 5,000.00 each rounded down, the 0.01 left goes to B
        // (equal largest shares: the first listed). So B: 35,000.01 operating, C: 50,000.00.
        editor().body(Map.of("name", "乙丙联村物流", "type", "LOGISTICS", "model", "JOINT_VILLAGES", "startedOn", "2021-03-01",
                        "villages", List.of(Map.of("villageCode", B, "share", 0.5), Map.of("villageCode", C, "share", 0.5)),
                        "funding", List.of(Map.of("source", "COUNTY_FISCAL", "amount", 200000),
                                Map.of("source", "ENTERPRISE", "amount", 100000)),
                        "yearlyIncomes", List.of(Map.of("year", 2021, "expectedIncome", 12000,
                                "actualIncome", new BigDecimal("10000.01")))))
                .post("/api/v1/projects").then().statusCode(201);
        editor().body(Map.of("name", "甲嘎查设施农业大棚", "type", "GREENHOUSE", "model", "ASSET_REVITALIZATION",
                        "startedOn", "2021-04-01", "villages", List.of(Map.of("villageCode", A)),
                        "funding", List.of(Map.of("source", "CENTRAL_FISCAL", "amount", 700000)),
                        "yearlyIncomes", List.of(Map.of("year", 2021, "expectedIncome", 70000, "actualIncome", 72000))))
                .post("/api/v1/projects").then().statusCode(201);
        // Started in 2022: not in the 2021 report.
        editor().body(Map.of("name", "丁嘎查商铺", "type", "SHOPS", "model", "SELF_OPERATED", "startedOn", "2022-05-01",
                        "villages", List.of(Map.of("villageCode", D)),
                        "funding", List.of(Map.of("source", "BANK_LOAN", "amount", 500000))))
                .post("/api/v1/projects").then().statusCode(201);
        // Plans: A from 100,000 in 2020, ×2 by 2024: the line in 2021 is 125,000 and A has 120,000 → behind.
        // D from 40,000 in 2020: the line in 2021 is 50,000 and D has 50,000 → on track (at the line).
        // B from 2021: not begun in 2021.
        editor().body(Map.of("villageCode", A, "baselineYear", 2020, "baselineIncome", 100000, "model", "INDUSTRY"))
                .post("/api/v1/doubling-plans").then().statusCode(201);
        editor().body(Map.of("villageCode", D, "baselineYear", 2020, "baselineIncome", 40000, "model", "RESOURCE"))
                .post("/api/v1/doubling-plans").then().statusCode(201);
        editor().body(Map.of("villageCode", B, "baselineYear", 2021, "baselineIncome", 35000, "model", "PROJECT"))
                .post("/api/v1/doubling-plans").then().statusCode(201);
        // Cooperatives: founded 2 (30 + 50 members), led 1 (20), one founded in 2022 left out.
        editor().body(Map.of("name", "甲嘎查养殖合作社", "villageCode", A, "branchRole", "FOUNDED", "memberCount", 30,
                "foundedOn", "2021-02-01")).post("/api/v1/cooperatives").then().statusCode(201);
        editor().body(Map.of("name", "乙嘎查种植合作社", "villageCode", B, "branchRole", "FOUNDED", "memberCount", 50))
                .post("/api/v1/cooperatives").then().statusCode(201);
        editor().body(Map.of("name", "丙嘎查农机合作社", "villageCode", C, "branchRole", "LED", "memberCount", 20,
                "businessModel", "龙头企业+合作社+党组织+党员+农牧民")).post("/api/v1/cooperatives").then().statusCode(201);
        editor().body(Map.of("name", "丁嘎查新合作社", "villageCode", D, "branchRole", "FOUNDED", "memberCount", 99,
                "foundedOn", "2022-03-01")).post("/api/v1/cooperatives").then().statusCode(201);
        // Property exchange: 2 farmhouses and 40,000.50 mu of land listed; deals 2,100,000 in 2020 and 3,000,000 in 2021.
        int house = editor().body(Map.of("villageCode", A, "type", "FARMHOUSE", "title", "农家院一", "listedOn", "2020-03-01",
                "askingPrice", 2200000)).post("/api/v1/property-listings").then().statusCode(201).extract().path("id");
        editor().body(Map.of("villageCode", B, "type", "FARMHOUSE", "title", "农家院二", "listedOn", "2021-03-01"))
                .post("/api/v1/property-listings").then().statusCode(201);
        int land = editor().body(Map.of("villageCode", C, "type", "LAND", "title", "可合作土地", "listedOn", "2021-01-10",
                "areaMu", new BigDecimal("40000.50"))).post("/api/v1/property-listings").then().statusCode(201).extract().path("id");
        editor().body(Map.of("listingId", house, "price", 2100000, "dealDate", "2020-10-01")).post("/api/v1/property-deals")
                .then().statusCode(201);
        editor().body(Map.of("listingId", land, "price", 3000000, "dealDate", "2021-09-15")).post("/api/v1/property-deals")
                .then().statusCode(201);
        // Credit: A 5,000,000 in 2020; A 10,000,000 and B 20,000,000 in 2021.
        editor().body(Map.of("villageCode", A, "bank", "达拉特农商银行", "amount", 5000000, "grantedOn", "2020-05-01"))
                .post("/api/v1/credit-lines").then().statusCode(201);
        editor().body(Map.of("villageCode", A, "bank", "达拉特农商银行", "amount", 10000000, "grantedOn", "2021-07-01"))
                .post("/api/v1/credit-lines").then().statusCode(201);
        editor().body(Map.of("villageCode", B, "bank", "达拉特农商银行", "amount", 20000000, "grantedOn", "2021-08-01"))
                .post("/api/v1/credit-lines").then().statusCode(201);
    }

    private static JsonPath report(String... params) {
        var request = editor().queryParam("region", "150629").queryParam("year", 2021);
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        // Decimals as BigDecimal: a float cannot hold 255000.01.
        return new JsonPath(request.get(REPORT).then().statusCode(200).extract().asString())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static void assertDecimal(String expected, JsonPath json, String path) {
        Object value = json.get(path);
        Assertions.assertNotNull(value, path);
        Assertions.assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(value.toString())),
                path + " was " + value);
    }

    @Test
    void sumsIncomesWithJointPartsAndGrowthAgainstThePreviousYear() {
        JsonPath r = report();
        Assertions.assertEquals("150629000000", r.getString("region"));
        Assertions.assertEquals(2020, r.getInt("previousYear"));
        assertDecimal("4", r, "incomes.villagesReporting.value");
        assertDecimal("3", r, "incomes.villagesReporting.previous");
        // 4 / 3 − 1 = 33.33…% → 33.3
        assertDecimal("33.3", r, "incomes.villagesReporting.growthPercent");
        // 120,000 + 35,000.01 + 50,000 + 50,000 = 255,000.01 against 200,000: +27.500005% → 27.5
        assertDecimal("255000.01", r, "incomes.operatingIncome.value");
        assertDecimal("200000.00", r, "incomes.operatingIncome.previous");
        assertDecimal("27.5", r, "incomes.operatingIncome.growthPercent");
        Assertions.assertEquals("yuan", r.getString("incomes.operatingIncome.unit"));
        // 160,000 + 55,000.01 + 60,000 + 50,000 = 325,000.01 against 280,000: +16.0714% → 16.1
        assertDecimal("325000.01", r, "incomes.totalIncome.value");
        assertDecimal("16.1", r, "incomes.totalIncome.growthPercent");
        // 100,000 + 15,000.01 + 0.00 + 40,000 = 155,000.01 against 130,000: +19.2308% → 19.2
        assertDecimal("155000.01", r, "incomes.netIncome.value");
        assertDecimal("19.2", r, "incomes.netIncome.growthPercent");
    }

    @Test
    void countsVillagesAtOrAboveTheLineAndListsTheOnesBelow() {
        JsonPath r = report();
        assertDecimal("50000.00", r, "threshold.line.value");
        Assertions.assertEquals("OPERATING", r.getString("threshold.measure"));
        // A 120,000, C exactly 50,000.00 and D 50,000 are at or above; B 35,000.01 is below: 3 of 4 = 75.0%.
        assertDecimal("3", r, "threshold.atOrAbove.value");
        assertDecimal("75.0", r, "threshold.share.value");
        // 2020: A and C of A, B, C → 2 of 3 = 66.7%; change 75.0 − 66.7 = 8.3 points.
        assertDecimal("66.7", r, "threshold.share.previous");
        assertDecimal("8.3", r, "threshold.share.changePoints");
        Assertions.assertEquals("percent", r.getString("threshold.share.unit"));
        assertDecimal("1", r, "threshold.below.value");
        Assertions.assertEquals(List.of(B), r.getList("threshold.villagesBelow.villageCode"));
        Assertions.assertEquals("乙嘎查", r.getString("threshold.villagesBelow[0].villageName"));
        assertDecimal("35000.01", r, "threshold.villagesBelow[0].operatingIncome");
        assertDecimal("55000.01", r, "threshold.villagesBelow[0].totalIncome");
        assertDecimal("15000.01", r, "threshold.villagesBelow[0].netIncome");
    }

    @Test
    void theThresholdIsInclusiveAndCanBeHeldAgainstNetIncome() {
        JsonPath r = report("threshold", "35000.01");
        assertDecimal("4", r, "threshold.atOrAbove.value");
        assertDecimal("100.0", r, "threshold.share.value");
        Assertions.assertEquals(0, r.getList("threshold.villagesBelow").size());
        // Net: A 100,000 ≥ 50,000; B 15,000.01, C 0.00, D 40,000 below → 1 of 4 = 25.0%.
        JsonPath net = report("measure", "NET");
        assertDecimal("25.0", net, "threshold.share.value");
        Assertions.assertEquals(List.of(C, B, D), net.getList("threshold.villagesBelow.villageCode"));
    }

    @Test
    void splitsIncomeBySourceWithJointPartsAsInvestment() {
        JsonPath r = report();
        Map<String, String> expected = Map.of("RESOURCE", "20000.00", "ASSET_LEASE", "100000.00", "SERVICE", "0.00",
                "INVESTMENT", "10000.01", "SUBSIDY", "40000.00", "OTHER", "0.00",
                // B, C and D gave no breakdown: 50,000 + 55,000 + 50,000.
                "UNSPECIFIED", "155000.00");
        expected.forEach((source, amount) ->
                assertDecimal(amount, r, "bySource.find { it.source == '" + source + "' }.amount.value"));
        // The sources add up to the total income: 325,000.01.
    }

    @Test
    void countsPlansProjectsCooperativesPropertyAndCredit() {
        JsonPath r = report();
        assertDecimal("3", r, "plans.total.value");
        assertDecimal("2", r, "plans.begun.value");
        assertDecimal("1", r, "plans.onTrack.value");
        assertDecimal("1", r, "plans.behind.value");

        assertDecimal("2", r, "projects.count.value");
        assertDecimal("1", r, "projects.joint.value");
        assertDecimal("1", r, "projects.byType.find { it.type == 'GREENHOUSE' }.count.value");
        assertDecimal("1", r, "projects.byType.find { it.type == 'LOGISTICS' }.count.value");
        Assertions.assertNull(r.get("projects.byType.find { it.type == 'SHOPS' }"));
        assertDecimal("1", r, "projects.byModel.find { it.model == 'JOINT_VILLAGES' }.count.value");
        assertDecimal("700000.00", r, "projects.fundsBySource.find { it.source == 'CENTRAL_FISCAL' }.amount.value");
        assertDecimal("200000.00", r, "projects.fundsBySource.find { it.source == 'COUNTY_FISCAL' }.amount.value");
        assertDecimal("1000000.00", r, "projects.totalInvestment.value");
        assertDecimal("82000.00", r, "projects.expectedIncome.value");
        assertDecimal("82000.01", r, "projects.actualIncome.value");

        assertDecimal("2", r, "cooperatives.founded.value");
        assertDecimal("1", r, "cooperatives.led.value");
        assertDecimal("100", r, "cooperatives.members.value");
        Assertions.assertEquals("people", r.getString("cooperatives.members.unit"));

        assertDecimal("2", r, "property.listings.find { it.type == 'FARMHOUSE' }.count.value");
        assertDecimal("40000.50", r, "property.listings.find { it.type == 'LAND' }.areaMu.value");
        Assertions.assertEquals("mu", r.getString("property.listings.find { it.type == 'LAND' }.areaMu.unit"));
        assertDecimal("1", r, "property.dealsInYear.count.value");
        assertDecimal("3000000.00", r, "property.dealsInYear.value.value");
        assertDecimal("2", r, "property.dealsToDate.count.value");
        assertDecimal("5100000.00", r, "property.dealsToDate.value.value");

        assertDecimal("2", r, "credit.inYear.lines.value");
        assertDecimal("2", r, "credit.inYear.villages.value");
        assertDecimal("30000000.00", r, "credit.inYear.amount.value");
        assertDecimal("3", r, "credit.toDate.lines.value");
        assertDecimal("35000000.00", r, "credit.toDate.amount.value");
    }

    @Test
    void aYearWithNothingBeforeItHasNoGrowth() {
        editor().queryParam("region", "150629").queryParam("year", 2020).get(REPORT).then().statusCode(200)
                .body("incomes.operatingIncome.previous", equalTo(0f))
                .body("incomes.operatingIncome.growthPercent", nullValue())
                .body("threshold.share.changePoints", nullValue());
    }

    @Test
    void refusesBadParametersWith400() {
        editor().queryParam("region", "150629").get(REPORT).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().queryParam("region", "150629").queryParam("year", "twenty").get(REPORT).then().statusCode(400)
                .body("errors[0].rule", equalTo("report.year"));
        editor().queryParam("region", "150629").queryParam("year", 2021).queryParam("threshold", "5e").get(REPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("threshold"));
        editor().queryParam("region", "150629").queryParam("year", 2021).queryParam("threshold", "1.001").get(REPORT)
                .then().statusCode(400).body("errors[0].rule", equalTo("money.fraction"));
        editor().queryParam("region", "150629").queryParam("year", 2021).queryParam("measure", "GROSS").get(REPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("measure"));
        editor().queryParam("region", "15062").queryParam("year", 2021).get(REPORT).then().statusCode(400)
                .body("errors[0].rule", equalTo("region.filter"));
    }

    @Test
    void aScopedCallerGetsOnlyItsRegion() {
        as("viewer", "150629101000").queryParam("year", 2021).get(REPORT).then().statusCode(200)
                .body("region", equalTo("150629101000"));
        as("viewer", "620123000000").queryParam("region", "150629").queryParam("year", 2021).get(REPORT)
                .then().statusCode(403);
        as("viewer", "150629101201").queryParam("year", 2021).get(REPORT).then().statusCode(200)
                .body("threshold.villagesBelow", hasSize(0))
                .body("incomes.villagesReporting.value", equalTo(1));
    }
}
