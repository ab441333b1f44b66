package org.ruralrevival.organization.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.FeedHead;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class RegionResourceTest {

    @Test
    void buildsTheTreeFromProvinceToVillagerGroup() {
        Fixtures.countyWithTown("620123", "104");
        editor().body(Map.of("code", "620123104201", "name", "高墩营村", "kind", "VILLAGE", "category", "川区村",
                        "tier", "LEADING", "keyVillage", true, "demonstration", true))
                .post("/api/v1/regions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/regions/620123104201"))
                .header("ETag", equalTo("\"0\""))
                .body("level", equalTo("VILLAGE"))
                .body("parentCode", equalTo("620123104000"))
                .body("name", equalTo("高墩营村"))
                .body("keyVillage", equalTo(true));
        editor().body(Map.of("code", "620123104201001", "name", "一社")).post("/api/v1/regions")
                .then().statusCode(201).body("level", equalTo("GROUP")).body("kind", equalTo("GROUP"));

        editor().get("/api/v1/regions/620123104000/children").then().statusCode(200)
                .body("items.code", hasItem("620123104201"))
                .body("total", equalTo(1));
        editor().queryParam("region", "620123").queryParam("level", "VILLAGE").get("/api/v1/regions")
                .then().statusCode(200).body("items.code", everyItem(startsWith("620123")))
                .body("items.name", hasItem("高墩营村"));
        editor().queryParam("name", "高墩").get("/api/v1/regions").then().statusCode(200)
                .body("items.code", hasItem("620123104201"));
    }

    @Test
    void rejectsCodesOfTheWrongShapeWithTheRule() {
        editor().body(Map.of("code", "62012", "name", "x")).post("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].rule", equalTo("region.code.shape"));
        editor().body(Map.of("code", "620123000201", "name", "x")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].rule", equalTo("region.code.gap"));
    }

    @Test
    void rejectsCodeNotNestedUnderParent() {
        Fixtures.countyWithTown("620124", "101");
        editor().body(Map.of("code", "620124101202", "name", "村", "parentCode", "620124102000"))
                .post("/api/v1/regions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].rule", equalTo("region.parent.not-nested"));
        editor().get("/api/v1/regions/620124101202").then().statusCode(404);
    }

    @Test
    void refusesAChildWhoseParentDoesNotExist() {
        Fixtures.countyWithTown("620125", "101");
        editor().body(Map.of("code", "620125109201", "name", "村")).post("/api/v1/regions")
                .then().statusCode(422).body("rule", equalTo("region.parent.missing"));
        editor().get("/api/v1/regions/620125109201").then().statusCode(404);
    }

    @Test
    void refusesADuplicateAndAKindOfAnotherLevel() {
        Fixtures.countyWithTown("620126", "101");
        editor().body(Map.of("code", "620126101000", "name", "重复")).post("/api/v1/regions")
                .then().statusCode(409).body("rule", equalTo("region.duplicate"));
        editor().body(Map.of("code", "620126101201", "name", "村", "kind", "BANNER")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void refusesMalformedJsonUnknownPropertiesAndUnknownEnumValues() {
        editor().body("{\"code\": \"620127000000\", ").post("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json").body("rule", equalTo("json.malformed"));
        editor().body(Map.of("code", "620127000000", "name", "x", "nmae", "typo")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("nmae"))
                .body("errors[0].rule", equalTo("json.unknown-property"));
        editor().body(Map.of("code", "620127000000", "name", "x", "tier", "BEST")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("tier"))
                .body("errors[0].message", containsString("LEADING"));
        editor().body(Map.of("code", 620127000000L, "name", "x")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        editor().body("[]").post("/api/v1/regions").then().statusCode(400);
        editor().post("/api/v1/regions").then().statusCode(400);
        editor().body(Map.of("code", "620127000000", "name", " ")).post("/api/v1/regions")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        editor().get("/api/v1/regions/620127000000").then().statusCode(404);
        editor().queryParam("level", "HAMLET").get("/api/v1/regions").then().statusCode(400)
                .body("rule", equalTo("request.parameter.malformed"));
        editor().queryParam("size", 501).get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void wordsProblemsInChineseWhenTheCallerPrefersIt() {
        editor().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .body(Map.of("code", "62012", "name", "x")).post("/api/v1/regions")
                .then().statusCode(400).body("title", equalTo("请求数据不合法"))
                .body("errors[0].message", containsString("区划代码"));
        editor().header("Accept-Language", "en").get("/api/v1/regions/620199000000")
                .then().statusCode(404).body("title", equalTo("Not found"))
                .body("detail", equalTo("Region 620199000000 does not exist"));
    }

    @Test
    void changesNeedTheVersionThatWasRead() {
        Fixtures.countyWithTown("620128", "101");
        String etag = editor().get("/api/v1/regions/620128101000").then().statusCode(200).extract().header("ETag");
        var rename = Map.of("name", "新名镇", "kind", "TOWNSHIP");
        editor().body(rename).put("/api/v1/regions/620128101000")
                .then().statusCode(428).body("rule", equalTo("problem.if-match.required"));
        editor().header("If-Match", "\"99\"").body(rename).put("/api/v1/regions/620128101000")
                .then().statusCode(412).body("rule", equalTo("problem.if-match.stale"));
        editor().header("If-Match", etag).body(rename).put("/api/v1/regions/620128101000")
                .then().statusCode(200).body("name", equalTo("新名镇")).body("kind", equalTo("TOWNSHIP"))
                .header("ETag", equalTo("\"1\""));
        editor().header("If-Match", etag).body(Map.of("name", "再改")).put("/api/v1/regions/620128101000")
                .then().statusCode(412);
        editor().get("/api/v1/regions/620128101000").then().body("name", equalTo("新名镇"));
        editor().header("If-Match", "\"1\"").body(Map.of("code", "620128102000", "name", "x"))
                .put("/api/v1/regions/620128101000").then().statusCode(400)
                .body("errors[0].rule", equalTo("region.code.immutable"));
    }

    @Test
    void deletesOnlyALeafWithTheRightVersion() {
        Fixtures.countyWithTown("620129", "101");
        editor().header("If-Match", "\"0\"").delete("/api/v1/regions/620129000000")
                .then().statusCode(409).body("rule", equalTo("region.has-children"));
        editor().header("If-Match", "\"0\"").delete("/api/v1/regions/620129101000").then().statusCode(204);
        editor().get("/api/v1/regions/620129101000").then().statusCode(404);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherBody() {
        Fixtures.countyWithTown("620130", "101");
        var body = Map.of("code", "620130101201", "name", "幂等村");
        editor().header("Idempotency-Key", "k-620130-1").body(body).post("/api/v1/regions")
                .then().statusCode(201).body("code", equalTo("620130101201"));
        editor().header("Idempotency-Key", "k-620130-1").body(body).post("/api/v1/regions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("name", equalTo("幂等村"));
        editor().header("Idempotency-Key", "k-620130-1").body(Map.of("code", "620130101202", "name", "别的村"))
                .post("/api/v1/regions").then().statusCode(422).body("type", equalTo("/problems/idempotency"));
        editor().get("/api/v1/regions/620130101202").then().statusCode(404);
        // A refused first attempt leaves the key free for the corrected request.
        editor().header("Idempotency-Key", "k-620130-2").body(Map.of("code", "620130101299", "name", " "))
                .post("/api/v1/regions").then().statusCode(400);
        editor().header("Idempotency-Key", "k-620130-2").body(Map.of("code", "620130101299", "name", "改正村"))
                .post("/api/v1/regions").then().statusCode(201);
    }

    @Test
    void everyWriteAppearsInTheChangeFeedInOrder() {
        Fixtures.countyWithTown("620131", "101");
        long before = FeedHead.seq();
        editor().body(Map.of("code", "620131101201", "name", "变更村")).post("/api/v1/regions").then().statusCode(201);
        editor().header("If-Match", "\"0\"").body(Map.of("name", "变更后村")).put("/api/v1/regions/620131101201")
                .then().statusCode(200);
        as("sync").queryParam("after", before).get("/api/v1/changes/organization")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].seq", equalTo((int) before + 1))
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[0].data.name", equalTo("变更村"))
                .body("items[1].kind", equalTo("UPDATED"))
                .body("items[1].data.name", equalTo("变更后村"))
                .body("next", equalTo((int) before + 2));
        as("sync").get("/api/v1/changes/economy").then().statusCode(404);
        as("viewer").get("/api/v1/changes/organization").then().statusCode(403);
    }

    @Test
    void needsATokenAndARoleThatMayWrite() {
        given().get("/api/v1/regions").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/api/v1/regions").then().statusCode(401);
        as("viewer").get("/api/v1/regions").then().statusCode(200);
        as("viewer").body(Map.of("code", "620132000000", "name", "x")).post("/api/v1/regions")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRegionScopedCallerSeesAndWritesOnlyItsSubtree() {
        Fixtures.countyWithTown("620133", "101");
        Fixtures.countyWithTown("620134", "101");
        var county = given().header("Authorization", Tokens.bearer("editor", "620133000000")).contentType(ContentType.JSON);
        county.get("/api/v1/regions?region=6201").then().statusCode(200)
                .body("items.code", everyItem(startsWith("620133"))).body("total", greaterThan(0));
        given().header("Authorization", Tokens.bearer("editor", "620133000000"))
                .get("/api/v1/regions/620134101000").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "620133000000")).contentType(ContentType.JSON)
                .body(Map.of("code", "620134101201", "name", "越权村")).post("/api/v1/regions").then().statusCode(403);
        editor().get("/api/v1/regions/620134101201").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("editor", "620133000000"))
                .get("/api/v1/regions?region=620134").then().statusCode(403).body("rule", notNullValue());
    }
}
