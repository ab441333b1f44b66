package org.ruralrevival.organization.partyorg;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

@QuarkusTest
class PartyOrganizationResourceTest {

    static int create(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCommunityCommitteeCoversSeveralVillagesAndHasBranchesBelow() {
        Fixtures.countyWithTown("411003", "101");
        Fixtures.region("411003101201", "柿张村");
        Fixtures.region("411003101202", "霍庄村");
        int town = create(Map.of("name", "中共河街乡委员会", "type", "COMMITTEE", "regionCode", "411003101000"));
        int community = create(Map.of("name", "河街农村社区党委", "type", "RURAL_COMMUNITY_COMMITTEE", "parentId", town,
                "regionCode", "411003101000", "coveredRegions", List.of("411003101201", "411003101202")));
        create(Map.of("name", "柿张村党支部", "type", "BRANCH", "parentId", community, "regionCode", "411003101201"));

        editor().queryParam("region", "411003101202").get("/api/v1/organizations").then().statusCode(200)
                .body("items.name", hasItem("河街农村社区党委"));
        editor().queryParam("parentId", community).get("/api/v1/organizations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].type", equalTo("BRANCH"));
        editor().get("/api/v1/organizations/" + community).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("coveredRegions", hasItems("411003101201", "411003101202"));
    }

    @Test
    void refusesAParentOfTheWrongTypeAMissingRegionAndACycle() {
        Fixtures.countyWithTown("411004", "101");
        int branch = create(Map.of("name", "支部", "type", "BRANCH", "regionCode", "411004101000"));
        editor().body(Map.of("name", "委员会", "type", "COMMITTEE", "parentId", branch, "regionCode", "411004101000"))
                .post("/api/v1/organizations").then().statusCode(422).body("rule", equalTo("partyorg.parent.type"));
        editor().body(Map.of("name", "x", "type", "BRANCH", "regionCode", "411004101999"))
                .post("/api/v1/organizations").then().statusCode(422).body("rule", equalTo("partyorg.region.missing"));
        editor().body(Map.of("name", "x", "type", "BRANCH", "regionCode", "41100410"))
                .post("/api/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
        editor().body(Map.of("name", "x", "type", "CELL", "regionCode", "411004101000"))
                .post("/api/v1/organizations").then().statusCode(400).body("errors[0].field", equalTo("type"));

        int top = create(Map.of("name", "党委", "type", "COMMITTEE", "regionCode", "411004101000"));
        int below = create(Map.of("name", "下级党委", "type", "COMMITTEE", "parentId", top, "regionCode", "411004101000"));
        editor().header("If-Match", "\"0\"")
                .body(Map.of("name", "党委", "type", "COMMITTEE", "parentId", below, "regionCode", "411004101000"))
                .put("/api/v1/organizations/" + top).then().statusCode(422).body("rule", equalTo("partyorg.parent.cycle"));
        editor().get("/api/v1/organizations/" + top).then().body("parentId", equalTo(null));
    }

    @Test
    void resendingWithTheSameExternalRefUpdatesInsteadOfDuplicating() {
        Fixtures.countyWithTown("411005", "101");
        var ref = Map.of("system", "henan-dj", "id", "ORG-1");
        int id = create(Map.of("name", "旧名支部", "type", "BRANCH", "regionCode", "411005101000", "externalRef", ref));
        editor().body(Map.of("name", "新名支部", "type", "BRANCH", "regionCode", "411005101000", "externalRef", ref))
                .post("/api/v1/organizations").then().statusCode(200).body("id", equalTo(id))
                .body("name", equalTo("新名支部"));
        editor().queryParam("region", "411005").get("/api/v1/organizations").then().body("total", equalTo(1));
    }
}
