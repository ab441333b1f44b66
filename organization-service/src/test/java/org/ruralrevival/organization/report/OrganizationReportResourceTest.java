package org.ruralrevival.organization.report;

import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

@QuarkusTest
class OrganizationReportResourceTest {

    /** County 152722: town 101 with 3 villages, town 102 with 1; flags set by hand below. */
    @Test
    void countsVillagesByTheAttributesReportsGroupBy() {
        Fixtures.countyWithTown("152722", "101");
        Fixtures.ensureRegion("152722102000", "镇二");
        Fixtures.region("152722101201", "甲村", Map.of("keyVillage", true, "tier", "LEADING", "demonstration", true));
        Fixtures.region("152722101202", "乙嘎查", Map.of("kind", "GACHA", "weakAndLax", true, "tier", "LAGGING"));
        Fixtures.region("152722101203", "丙村", Map.of("weakEconomy", true, "keyVillage", true, "tier", "IMPROVING"));
        Fixtures.region("152722102201", "丁社区", Map.of("kind", "COMMUNITY", "tier", "LEADING"));

        editor().queryParam("region", "152722").queryParam("year", 2021).get("/api/v1/reports/organization")
                .then().statusCode(200)
                .body("region", equalTo("152722000000"))
                .body("year", equalTo(2021))
                .body("villages.towns.value", equalTo(2))
                .body("villages.villages.value", equalTo(4))
                .body("villages.villages.unit", equalTo("village"))
                .body("villages.keyVillages.value", equalTo(2))
                .body("villages.weakAndLax.value", equalTo(1))
                .body("villages.weakEconomy.value", equalTo(1))
                .body("villages.demonstration.value", equalTo(1))
                .body("villages.leading.value", equalTo(2))
                .body("villages.improving.value", equalTo(1))
                .body("villages.lagging.value", equalTo(1));
        // A town's report sees only its own villages.
        editor().queryParam("region", "152722101000").queryParam("year", 2021).get("/api/v1/reports/organization")
                .then().statusCode(200).body("villages.villages.value", equalTo(3)).body("villages.towns.value", equalTo(1));
    }

    @Test
    void refusesAReportWithoutRegionOrYear() {
        editor().queryParam("year", 2021).get("/api/v1/reports/organization")
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        editor().queryParam("region", "152722").get("/api/v1/reports/organization")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        editor().queryParam("region", "152722").queryParam("year", "twenty").get("/api/v1/reports/organization")
                .then().statusCode(400).body("rule", equalTo("request.parameter.malformed"));
        editor().queryParam("region", "15272").queryParam("year", 2021).get("/api/v1/reports/organization")
                .then().statusCode(400).body("errors[0].rule", equalTo("region.filter"));
    }
}
