package org.ruralrevival.economy.collective;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ruralrevival.economy.Fixtures.as;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class CollectiveOrganizationResourceTest {

    private static Map<String, Object> body(String code, String name, String region) {
        Map<String, Object> b = new HashMap<>();
        b.put("creditCode", code);
        b.put("name", name);
        b.put("regionCode", region);
        return b;
    }

    @Test
    void registersAVillageOrganizationAndUpsertsByCreditCode() {
        Fixtures.village("620123104201", "高墩营村");
        editor().body(body("N2620123MF0000012P", "高墩营村股份经济合作社", "620123104201"))
                .post("/api/v1/collective-organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/collective-organizations/N2620123MF0000012P"))
                .header("ETag", equalTo("\"0\""))
                .body("regionName", equalTo("高墩营村"))
                .body("legacyCheckCharacter", equalTo(false));
        var again = body("n2620123mf0000012p", "高墩营村股份经济合作社（改）", "620123104201");
        again.put("memberCount", 1260);
        editor().body(again).post("/api/v1/collective-organizations")
                .then().statusCode(200).body("name", equalTo("高墩营村股份经济合作社（改）"))
                .body("memberCount", equalTo(1260)).header("ETag", equalTo("\"1\""));
        editor().queryParam("region", "620123").get("/api/v1/collective-organizations")
                .then().statusCode(200).body("items.creditCode", hasItem("N2620123MF0000012P"));
    }

    @Test
    void refusesAWrongCheckCharacterAndStoresNothing() {
        Fixtures.village("620123104202", "夏官营村");
        editor().body(body("N2620123MF0000013U", "夏官营村股份经济合作社", "620123104202"))
                .post("/api/v1/collective-organizations")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].rule", equalTo("creditcode.checksum"))
                .body("errors[0].message", containsString("should be T"));
        editor().get("/api/v1/collective-organizations/N2620123MF0000013U").then().statusCode(404);
    }

    @Test
    void recordsAKnownLegacyCodeWhenTheOperatorSaysSo() {
        Fixtures.village("620123104203", "过店子村");
        var b = body("N2620123MF0000014Y", "过店子村股份经济合作社", "620123104203");
        b.put("acceptLegacyCheckCharacter", true);
        editor().body(b).post("/api/v1/collective-organizations")
                .then().statusCode(201).body("legacyCheckCharacter", equalTo(true));
        // The override covers only the check character, never a malformed code.
        var malformed = body("N2620123MF00000IIX", "x", "620123104203");
        malformed.put("acceptLegacyCheckCharacter", true);
        editor().body(malformed).post("/api/v1/collective-organizations")
                .then().statusCode(400).body("errors[0].rule", equalTo("creditcode.shape"));
    }

    @Test
    void refusesCodesThatAreNotOfACollectiveOrDoNotFitTheRegionLevel() {
        Fixtures.village("620123104204", "双店子村");
        editor().body(body("914403001922038216", "x", "620123104204")).post("/api/v1/collective-organizations")
                .then().statusCode(400).body("errors[0].rule", equalTo("collective.code.not-collective"));
        // N3 is a town-level organization: a village code does not fit.
        editor().body(body("N3620123MF00000161", "x", "620123104204")).post("/api/v1/collective-organizations")
                .then().statusCode(422).body("errors[0].field", equalTo("regionCode"))
                .body("rule", equalTo("regionref.level"));
        editor().get("/api/v1/collective-organizations/N3620123MF00000161").then().statusCode(404);
    }

    @Test
    void refusesAVillageThatOrganizationServiceDoesNotHave() {
        editor().body(body("N2620123MF00000177", "x", "620123104299")).post("/api/v1/collective-organizations")
                .then().statusCode(422).body("rule", equalTo("regionref.unknown"))
                .body("errors[0].field", equalTo("regionCode"));
        editor().body(body("N2620123MF00000177", "x", "62012310429")).post("/api/v1/collective-organizations")
                .then().statusCode(400).body("errors[0].rule", equalTo("region.code.shape"));
        editor().get("/api/v1/collective-organizations/N2620123MF00000177").then().statusCode(404);
    }

    @Test
    void changesNeedTheVersionAndKeepTheCode() {
        Fixtures.village("620123104205", "黄家庄村");
        editor().body(body("N2620123MF0000018A", "黄家庄村股份经济合作社", "620123104205"))
                .post("/api/v1/collective-organizations").then().statusCode(201);
        var change = body(null, "黄家庄村股份经济合作社新", "620123104205");
        editor().body(change).put("/api/v1/collective-organizations/N2620123MF0000018A").then().statusCode(428);
        editor().header("If-Match", "\"5\"").body(change).put("/api/v1/collective-organizations/N2620123MF0000018A")
                .then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(body("N2620123MF0000019D", "x", "620123104205"))
                .put("/api/v1/collective-organizations/N2620123MF0000018A")
                .then().statusCode(400).body("errors[0].rule", equalTo("collective.code.immutable"));
        editor().header("If-Match", "\"0\"").body(change).put("/api/v1/collective-organizations/N2620123MF0000018A")
                .then().statusCode(200).body("name", equalTo("黄家庄村股份经济合作社新"));
        editor().header("If-Match", "\"1\"").delete("/api/v1/collective-organizations/N2620123MF0000018A")
                .then().statusCode(204);
        editor().get("/api/v1/collective-organizations/N2620123MF0000018A").then().statusCode(404);
    }

    @Test
    void readersCannotWriteAndScopedCallersStayInTheirRegion() {
        Fixtures.village("620123104206", "金家崖村");
        as("viewer").body(body("N2620123MF0000020J", "x", "620123104206")).post("/api/v1/collective-organizations")
                .then().statusCode(403);
        as("editor", "150621000000").body(body("N2620123MF0000020J", "x", "620123104206"))
                .post("/api/v1/collective-organizations").then().statusCode(403);
        editor().get("/api/v1/collective-organizations/N2620123MF0000020J").then().statusCode(404);
        editor().body("{\"creditCode\":\"N2620123MF0000020J\",\"name\":\"x\",\"regionCode\":\"620123104206\",\"nmae\":1}")
                .post("/api/v1/collective-organizations").then().statusCode(400)
                .body("errors[0].rule", equalTo("json.unknown-property"));
    }
}
