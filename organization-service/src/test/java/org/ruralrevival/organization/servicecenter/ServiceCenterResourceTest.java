package org.ruralrevival.organization.servicecenter;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.FeedHead;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class ServiceCenterResourceTest {

    private static final String CENTERS = "/api/v1/service-centers";

    static int center(String village, String area, String state) {
        return editor().body(Map.of("regionCode", village, "area", new BigDecimal(area), "state", state))
                .post(CENTERS).then().statusCode(201).extract().path("id");
    }

    static int total(String region) {
        return editor().queryParam("region", region).get(CENTERS).then().statusCode(200).extract().path("total");
    }

    static int works(int center) {
        return editor().get(CENTERS + "/" + center + "/works").then().statusCode(200).extract().path("total");
    }

    static RequestSpecification otherCounty() {
        return RestAssured.given().header("Authorization", Tokens.bearer("editor", "150636000000"))
                .contentType(ContentType.JSON);
    }

    @Test
    void addsAVillagesCentreAndUpdatesItWhenTheVillageIsSentAgain() {
        long before = FeedHead.seq();
        Fixtures.countyWithTown("150634", "101");
        Fixtures.region("150634101201", "中心村");
        int id = editor().body(Map.of("regionCode", "150634101201", "name", "中心村党群服务中心", "area", 420.5,
                        "state", "UNDER_CONSTRUCTION"))
                .post(CENTERS).then().statusCode(201)
                .header("Location", containsString(CENTERS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("area", equalTo(420.5f)).body("areaUnit", equalTo("m2"))
                .body("state", equalTo("UNDER_CONSTRUCTION"))
                .extract().path("id");
        editor().body(Map.of("regionCode", "150634101201", "name", "中心村党群服务中心", "area", 450, "state", "IN_USE"))
                .post(CENTERS).then().statusCode(200).body("id", equalTo(id)).header("ETag", equalTo("\"1\""))
                .body("state", equalTo("IN_USE"));
        assertEquals(1, total("150634101201"));
        editor().queryParam("region", "150634").queryParam("state", "IN_USE").get(CENTERS).then().statusCode(200)
                .body("items.regionCode", hasItem("150634101201"));
        editor().queryParam("region", "150634101201").queryParam("state", "PLANNED").get(CENTERS).then()
                .body("total", equalTo(0));
        as("sync").queryParam("after", before).get("/api/v1/changes/organization").then()
                .body("items.entity", hasItem("service-center"));
    }

    @Test
    void refusesACentreOutsideAVillageOrWithAnImpossibleArea() {
        Fixtures.countyWithTown("150634", "102");
        Fixtures.region("150634102201", "面积村");
        editor().body(Map.of("regionCode", "150634102000", "area", 100, "state", "IN_USE")).post(CENTERS)
                .then().statusCode(422).body("rule", equalTo("servicecenter.region.not-village"));
        editor().body(Map.of("regionCode", "150634102299", "area", 100, "state", "IN_USE")).post(CENTERS)
                .then().statusCode(422).body("rule", equalTo("servicecenter.region.missing"));
        editor().body(Map.of("regionCode", "150634102201", "area", 0, "state", "IN_USE")).post(CENTERS)
                .then().statusCode(400).body("errors[0].field", equalTo("area"));
        editor().body(Map.of("regionCode", "150634102201", "area", -5, "state", "IN_USE")).post(CENTERS)
                .then().statusCode(400).body("errors[0].field", equalTo("area"));
        editor().body("{\"regionCode\":\"150634102201\",\"area\":12.345,\"state\":\"IN_USE\"}").post(CENTERS)
                .then().statusCode(400).body("errors[0].field", equalTo("area"));
        editor().body(Map.of("regionCode", "150634102201", "area", "big", "state", "IN_USE")).post(CENTERS)
                .then().statusCode(400).body("errors[0].field", equalTo("area"));
        editor().body(Map.of("regionCode", "150634102201", "area", 100, "state", "BUILT")).post(CENTERS)
                .then().statusCode(400).body("errors[0].field", equalTo("state"))
                .body("errors[0].rule", equalTo("json.enum"));
        assertEquals(0, total("150634102"));
    }

    @Test
    void changesNeedTheVersionAndKeepTheVillage() {
        Fixtures.countyWithTown("150634", "103");
        Fixtures.region("150634103201", "版本村");
        Fixtures.region("150634103202", "邻村");
        int id = center("150634103201", "300", "PLANNED");
        var change = Map.of("regionCode", "150634103201", "area", 320, "state", "UNDER_CONSTRUCTION");
        editor().body(change).put(CENTERS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"4\"").body(change).put(CENTERS + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(Map.of("regionCode", "150634103202", "area", 320, "state", "IN_USE"))
                .put(CENTERS + "/" + id).then().statusCode(400)
                .body("errors[0].rule", equalTo("servicecenter.region.immutable"));
        editor().get(CENTERS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("state", equalTo("PLANNED"));
        editor().header("If-Match", "\"0\"").body(change).put(CENTERS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("area", equalTo(320.0f));
        editor().header("If-Match", "\"0\"").delete(CENTERS + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete(CENTERS + "/" + id).then().statusCode(204);
        editor().get(CENTERS + "/" + id).then().statusCode(404);
    }

    @Test
    void recordsWorksDatedInsideTheirYearWithExactInvestment() {
        Fixtures.countyWithTown("150634", "104");
        Fixtures.region("150634104201", "工程村");
        int id = center("150634104201", "500", "IN_USE");
        String works = CENTERS + "/" + id + "/works";
        int work = editor().body(Map.of("year", 2021, "kind", "UPGRADE", "completedOn", "2021-09-30",
                        "investment", new BigDecimal("380000.05")))
                .post(works).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .header("Location", containsString(works + "/"))
                .body("kind", equalTo("UPGRADE")).body("investmentUnit", equalTo("yuan"))
                .extract().path("id");
        editor().get(works + "/" + work).then().statusCode(200).body("completedOn", equalTo("2021-09-30"));
        assertDecimal("380000.05", exact().get(works + "/" + work).then().extract().jsonPath(), "investment");

        editor().body(Map.of("year", 2021, "kind", "UPGRADE", "completedOn", "2022-01-05")).post(works)
                .then().statusCode(400).body("errors[0].field", equalTo("completedOn"))
                .body("errors[0].rule", equalTo("servicecenter.work.completed-on.year"));
        editor().body(Map.of("year", 2099, "kind", "NEW_BUILD", "completedOn", "2099-01-05")).post(works)
                .then().statusCode(400).body("errors[0].rule", equalTo("servicecenter.work.completed-on.future"));
        editor().body("{\"year\":2021,\"kind\":\"EXPANSION\",\"investment\":100.123}").post(works)
                .then().statusCode(400).body("errors[0].field", equalTo("investment"));
        editor().body(Map.of("year", 2021, "kind", "EXPANSION", "investment", -1)).post(works)
                .then().statusCode(400).body("errors[0].field", equalTo("investment"));
        editor().body(Map.of("year", 2021, "kind", "REBUILD")).post(works)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        editor().body(Map.of("kind", "UPGRADE")).post(works).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().body(Map.of("year", 2021, "kind", "UPGRADE")).post(CENTERS + "/999999999/works")
                .then().statusCode(404);
        assertEquals(1, works(id));

        // An outside system re-sending its work updates it.
        var ref = Map.of("system", "nm-dangjian", "id", "W-1");
        int synced = editor().body(Map.of("year", 2020, "kind", "EXPANSION", "externalRef", ref)).post(works)
                .then().statusCode(201).extract().path("id");
        editor().body(Map.of("year", 2020, "kind", "NEW_BUILD", "completedOn", "2020-11-11", "externalRef", ref))
                .post(works).then().statusCode(200).body("id", equalTo(synced)).body("kind", equalTo("NEW_BUILD"));
        editor().queryParam("year", 2020).get(works).then().body("total", equalTo(1));
        assertEquals(2, works(id));

        editor().header("If-Match", "\"0\"").delete(CENTERS + "/" + id).then().statusCode(409)
                .body("rule", equalTo("servicecenter.has-records"));
        editor().delete(works + "/" + work).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete(works + "/" + work).then().statusCode(204);
        editor().get(works + "/" + work).then().statusCode(404);
        assertEquals(1, works(id));
    }

    @Test
    void setsOperatingFundsPerYearExactlyAndIdempotently() {
        Fixtures.countyWithTown("150634", "105");
        Fixtures.region("150634105201", "经费村");
        int id = center("150634105201", "260", "IN_USE");
        String funds = CENTERS + "/" + id + "/funds";
        editor().body(Map.of("amount", 150000)).put(funds + "/2021").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("year", equalTo(2021)).body("unit", equalTo("yuan"))
                .body("regionCode", equalTo("150634105201"));
        // The same amount again changes nothing: no new version.
        editor().body(Map.of("amount", 150000.00)).put(funds + "/2021").then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        editor().header("If-Match", "\"3\"").body(Map.of("amount", 160000)).put(funds + "/2021")
                .then().statusCode(412).body("rule", equalTo("problem.if-match.stale"));
        editor().header("If-Match", "\"0\"").body(Map.of("amount", new BigDecimal("160000.10")))
                .put(funds + "/2021").then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertDecimal("160000.10", exact().get(funds + "/2021").then().statusCode(200).extract().jsonPath(), "amount");
        editor().header("If-Match", "\"0\"").body(Map.of("amount", 1)).put(funds + "/2020").then().statusCode(412)
                .body("rule", equalTo("servicecenter.fund.none-to-match"));

        editor().body(Map.of("amount", -1)).put(funds + "/2020").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        editor().body("{\"amount\":1.005}").put(funds + "/2020").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        editor().body(Map.of("amount", "150000")).put(funds + "/2020").then().statusCode(400);
        editor().body(Map.of()).put(funds + "/2020").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        editor().body(Map.of("amount", 1)).put(funds + "/1800").then().statusCode(400);
        editor().get(funds + "/2020").then().statusCode(404);
        editor().get(funds).then().statusCode(200).body("total", equalTo(1)).body("items[0].year", equalTo(2021));

        editor().header("If-Match", "\"0\"").delete(CENTERS + "/" + id).then().statusCode(409)
                .body("rule", equalTo("servicecenter.has-records"));
        editor().header("If-Match", "\"1\"").delete(funds + "/2021").then().statusCode(204);
        editor().header("If-Match", "\"0\"").delete(CENTERS + "/" + id).then().statusCode(204);
    }

    @Test
    void aCallerOfAnotherCountyCanNeitherReadNorWriteTheCentres() {
        Fixtures.countyWithTown("150634", "106");
        Fixtures.region("150634106201", "辖区村");
        int id = center("150634106201", "200", "IN_USE");
        otherCounty().get(CENTERS + "/" + id).then().statusCode(403).body("rule", equalTo("problem.forbidden.region"));
        otherCounty().queryParam("region", "150634").get(CENTERS).then().statusCode(403);
        otherCounty().body(Map.of("regionCode", "150634106201", "area", 999, "state", "PLANNED")).post(CENTERS)
                .then().statusCode(403);
        otherCounty().header("If-Match", "\"0\"")
                .body(Map.of("regionCode", "150634106201", "area", 999, "state", "PLANNED"))
                .put(CENTERS + "/" + id).then().statusCode(403);
        otherCounty().body(Map.of("year", 2021, "kind", "UPGRADE")).post(CENTERS + "/" + id + "/works")
                .then().statusCode(403);
        otherCounty().get(CENTERS + "/" + id + "/funds").then().statusCode(403);
        otherCounty().body(Map.of("amount", 1)).put(CENTERS + "/" + id + "/funds/2021").then().statusCode(403);
        otherCounty().queryParam("region", "150634").queryParam("year", 2021).get(CENTERS + "/statistics")
                .then().statusCode(403);
        editor().get(CENTERS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("area", equalTo(200.0f));
        assertEquals(0, works(id));
        editor().get(CENTERS + "/" + id + "/funds").then().body("total", equalTo(0));
    }

    @Test
    void countsCentresWorksAndFundsForTheReport() {
        Fixtures.countyWithTown("150635", "101");
        for (int v = 1; v <= 4; v++) {
            Fixtures.region("15063510120" + v, "报表" + v + "村");
        }
        int c1 = center("150635101201", "400", "IN_USE");
        int c2 = center("150635101202", "350", "IN_USE");
        int c3 = center("150635101203", "600", "UNDER_CONSTRUCTION");
        center("150635101204", "300", "PLANNED");
        work(c1, 2021, "UPGRADE", "100000.50");
        work(c2, 2021, "UPGRADE", "200000.25");
        work(c3, 2021, "NEW_BUILD", "1500000");
        work(c1, 2020, "EXPANSION", "300000");
        work(c2, 2020, "UPGRADE", null);
        fund(c1, 2021, "150000");    // at the line: not below
        fund(c2, 2021, "149999.99"); // below
        fund(c3, 2021, "200000");
        fund(c1, 2020, "120000");    // below; 2020 has 3 centres without a record

        var f = exact().queryParam("region", "150635").queryParam("year", 2021)
                .get(CENTERS + "/statistics").then().statusCode(200)
                .body("region", equalTo("150635000000"))
                .body("centers.value", equalTo(4)).body("centers.unit", equalTo("center"))
                .body("centersByState.IN_USE.value", equalTo(2))
                .body("centersByState.UNDER_CONSTRUCTION.value", equalTo(1))
                .body("centersByState.PLANNED.value", equalTo(1))
                .body("worksByKind.UPGRADE.works.value", equalTo(2))
                .body("worksByKind.UPGRADE.works.previous", equalTo(1))
                .body("worksByKind.UPGRADE.works.change", equalTo(1))
                .body("worksByKind.NEW_BUILD.works.value", equalTo(1))
                .body("worksByKind.EXPANSION.works.value", equalTo(0))
                .body("worksByKind.EXPANSION.works.previous", equalTo(1))
                .body("fundedVillages.value", equalTo(3))
                .body("fundedVillages.previous", equalTo(1))
                .body("villagesBelowMinimum.value", equalTo(1))
                .body("villagesBelowMinimum.previous", equalTo(1))
                .body("villagesWithoutFunds.value", equalTo(1))
                .body("villagesWithoutFunds.previous", equalTo(3))
                .body("totalFunds.unit", equalTo("yuan"))
                .extract().jsonPath();
        // 100000.50 + 200000.25 = 300000.75; 2020: the UPGRADE without an investment adds nothing.
        assertDecimal("300000.75", f, "worksByKind.UPGRADE.investment.value");
        assertDecimal("0", f, "worksByKind.UPGRADE.investment.previous");
        // 150000 + 149999.99 + 200000 = 499999.99; 2020: 120000; change 379999.99.
        assertDecimal("499999.99", f, "totalFunds.value");
        assertDecimal("120000", f, "totalFunds.previous");
        assertDecimal("379999.99", f, "totalFunds.change");

        // A higher line: 150000 and 149999.99 fall below 200000; 200000 itself does not.
        editor().queryParam("region", "150635").queryParam("year", 2021).queryParam("minimum", 200000)
                .get(CENTERS + "/statistics").then().statusCode(200)
                .body("villagesBelowMinimum.value", equalTo(2));
        editor().queryParam("region", "150635").get(CENTERS + "/statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    /** Reads decimals as BigDecimal: money is compared exactly, not as a float. */
    static RequestSpecification exact() {
        return editor().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static void assertDecimal(String expected, JsonPath json, String path) {
        Object actual = json.get(path);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                path + ": expected " + expected + " but was " + actual);
    }

    private static void work(int center, int year, String kind, String investment) {
        Map<String, Object> body = new HashMap<>(Map.of("year", year, "kind", kind));
        if (investment != null) {
            body.put("investment", new BigDecimal(investment));
        }
        editor().body(body).post(CENTERS + "/" + center + "/works").then().statusCode(201);
    }

    private static void fund(int center, int year, String amount) {
        editor().body(Map.of("amount", new BigDecimal(amount))).put(CENTERS + "/" + center + "/funds/" + year)
                .then().statusCode(201);
    }
}
