package org.ruralrevival.organization.partyorg;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

@QuarkusTest
class OrganizationHistoryTest {

    private static String history(int id) {
        return "/api/v1/organizations/" + id + "/history";
    }

    @Test
    void renamesAndMovesKeepTheirHistoryNewestFirst() {
        Fixtures.countyWithTown("150621", "101");
        Fixtures.countyWithTown("150621", "102");
        int town1 = Orgs.create("中共一镇委员会", "COMMITTEE", "150621101000");
        int town2 = Orgs.create("中共二镇委员会", "COMMITTEE", "150621102000");
        String village = Orgs.village("150621101201", "甲村");
        String moved = Orgs.village("150621102201", "乙村");
        int branch = Orgs.create("甲村党支部", "BRANCH", village, Map.of("parentId", town1));

        editor().header("If-Match", "\"0\"")
                .body(Map.of("name", "甲村党总支", "type", "GENERAL_BRANCH", "parentId", town1, "regionCode", village))
                .put("/api/v1/organizations/" + branch).then().statusCode(200);
        editor().header("If-Match", "\"1\"")
                .body(Map.of("name", "乙村党总支", "type", "GENERAL_BRANCH", "parentId", town2, "regionCode", moved))
                .put("/api/v1/organizations/" + branch).then().statusCode(200);

        JsonPath h = editor().get(history(branch)).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].name", equalTo("乙村党总支"))
                .body("items[0].parentId", equalTo(town2))
                .body("items[0].regionCode", equalTo(moved))
                .body("items[0].validTo", nullValue())
                .body("items[0].changedBy", equalTo("test-editor"))
                .body("items[1].name", equalTo("甲村党总支"))
                .body("items[1].type", equalTo("GENERAL_BRANCH"))
                .body("items[2].name", equalTo("甲村党支部"))
                .body("items[2].type", equalTo("BRANCH"))
                .body("items[2].parentId", equalTo(town1))
                .body("items[2].validFrom", notNullValue())
                .extract().jsonPath();
        // Each state ends exactly when the next begins.
        assertEquals(h.getString("items[0].validFrom"), h.getString("items[1].validTo"));
        assertEquals(h.getString("items[1].validFrom"), h.getString("items[2].validTo"));
    }

    @Test
    void aResentExternalRefWritesHistoryAndARefusedChangeDoesNot() {
        Fixtures.countyWithTown("150621", "103");
        var ref = Map.of("system", "nm-dj", "id", "H-1");
        int id = Orgs.create("旧名党委", "COMMITTEE", "150621103000", Map.of("externalRef", ref));
        editor().body(Map.of("name", "新名党委", "type", "COMMITTEE", "regionCode", "150621103000", "externalRef", ref))
                .post("/api/v1/organizations").then().statusCode(200);
        editor().get(history(id)).then().body("total", equalTo(2)).body("items[0].name", equalTo("新名党委"));

        int below = Orgs.create("下级党委", "COMMITTEE", "150621103000", Map.of("parentId", id));
        editor().header("If-Match", "\"1\"")
                .body(Map.of("name", "成环", "type", "COMMITTEE", "parentId", below, "regionCode", "150621103000"))
                .put("/api/v1/organizations/" + id).then().statusCode(422).body("rule", equalTo("partyorg.parent.cycle"));
        editor().get(history(id)).then().body("total", equalTo(2)).body("items[0].name", equalTo("新名党委"));
    }

    @Test
    void aDeletedOrganizationKeepsItsHistoryWithAnEnd() {
        Fixtures.countyWithTown("150621", "104");
        int id = Orgs.create("撤并党支部", "BRANCH", "150621104000");
        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + id).then().statusCode(204);
        editor().get("/api/v1/organizations/" + id).then().statusCode(404);
        editor().get(history(id)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("撤并党支部")).body("items[0].validTo", notNullValue());
        editor().get(history(987654321)).then().statusCode(404).body("rule", equalTo("problem.not-found"));
    }

    @Test
    void aCallerOfAnotherCountyCannotReadTheHistory() {
        Fixtures.countyWithTown("150621", "105");
        int id = Orgs.create("本县党支部", "BRANCH", "150621105000");
        Orgs.editorOf("150622000000").get(history(id)).then().statusCode(403)
                .body("rule", equalTo("problem.forbidden.region"));
        Orgs.editorOf("150621000000").get(history(id)).then().statusCode(200).body("total", equalTo(1));
    }
}
