package org.ruralrevival.organization.rating;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.partyorg.Orgs;

@QuarkusTest
class RatingResourceTest {

    private static Map<String, Object> rating(int organizationId, int year, String grade) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("year", year);
        body.put("classGrade", grade);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static int ratingsOf(int organizationId) {
        return editor().queryParam("organizationId", organizationId).get("/api/v1/ratings").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void recordsARatingAndListsItByRegionYearAndClass() {
        Fixtures.countyWithTown("150623", "101");
        int branch = Orgs.create("红旗村党支部", "BRANCH", Orgs.village("150623101201", "红旗村"));
        Map<String, Object> body = rating(branch, 2021, "FIRST");
        body.put("stars", 9);
        body.put("strongestBranch", true);
        body.put("standardized", true);
        body.put("assessedOn", "2022-01-15");
        int id = editor().body(body).post("/api/v1/ratings").then().statusCode(201)
                .header("Location", containsString("/api/v1/ratings/"))
                .header("ETag", equalTo("\"0\""))
                .body("organizationName", equalTo("红旗村党支部"))
                .body("organizationType", equalTo("BRANCH"))
                .body("regionCode", equalTo("150623101201"))
                .body("classGrade", equalTo("FIRST"))
                .body("stars", equalTo(9))
                .body("strongestBranch", equalTo(true))
                .body("standardized", equalTo(true))
                .extract().path("id");
        editor().body(rating(branch, 2020, "SECOND")).post("/api/v1/ratings").then().statusCode(201)
                .body("strongestBranch", equalTo(false)).body("standardized", equalTo(false));

        editor().queryParam("region", "150623101").queryParam("year", 2021).get("/api/v1/ratings").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        editor().queryParam("region", "150623101").queryParam("classGrade", "SECOND").get("/api/v1/ratings").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].year", equalTo(2020));
        editor().get("/api/v1/ratings/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("assessedOn", equalTo("2022-01-15"));
        editor().queryParam("classGrade", "FOURTH").get("/api/v1/ratings").then().statusCode(400)
                .body("errors[0].field", equalTo("classGrade")).body("errors[0].rule", equalTo("json.enum"));
        editor().queryParam("year", "2021年").get("/api/v1/ratings").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void refusesASecondRatingForTheSameYearUnlessItCarriesTheSameExternalRef() {
        Fixtures.countyWithTown("150623", "102");
        int branch = Orgs.create("二村党支部", "BRANCH", "150623102000");
        var ref = Map.of("system", "nm-dj", "id", "R-2021-1");
        int id = editor().body(with(rating(branch, 2021, "SECOND"), "externalRef", ref)).post("/api/v1/ratings")
                .then().statusCode(201).extract().path("id");

        editor().body(rating(branch, 2021, "FIRST")).post("/api/v1/ratings").then().statusCode(409)
                .body("rule", equalTo("rating.duplicate"));
        editor().body(with(rating(branch, 2021, "FIRST"), "externalRef", Map.of("system", "nm-dj", "id", "R-other")))
                .post("/api/v1/ratings").then().statusCode(409).body("rule", equalTo("rating.duplicate"));
        editor().get("/api/v1/ratings/" + id).then().body("classGrade", equalTo("SECOND"));

        // The same record sent again by the provincial system corrects it instead of duplicating.
        editor().body(with(with(rating(branch, 2021, "FIRST"), "externalRef", ref), "stars", 7))
                .post("/api/v1/ratings").then().statusCode(200).body("id", equalTo(id))
                .body("classGrade", equalTo("FIRST")).body("stars", equalTo(7)).header("ETag", equalTo("\"1\""));
        org.junit.jupiter.api.Assertions.assertEquals(1, ratingsOf(branch));
    }

    @Test
    void onlyBranchLevelOrganizationsCanBeTheStrongestBranch() {
        Fixtures.countyWithTown("150623", "103");
        int committee = Orgs.create("三镇党委", "COMMITTEE", "150623103000");
        int general = Orgs.create("三村党总支", "GENERAL_BRANCH", "150623103000", Map.of("parentId", committee));
        editor().body(with(rating(committee, 2021, "FIRST"), "strongestBranch", true)).post("/api/v1/ratings")
                .then().statusCode(422).body("rule", equalTo("rating.strongest-branch.not-branch"));
        org.junit.jupiter.api.Assertions.assertEquals(0, ratingsOf(committee));
        editor().body(with(rating(committee, 2021, "FIRST"), "standardized", true)).post("/api/v1/ratings")
                .then().statusCode(201);
        editor().body(with(rating(general, 2021, "FIRST"), "strongestBranch", true)).post("/api/v1/ratings")
                .then().statusCode(201).body("strongestBranch", equalTo(true));
    }

    @Test
    void refusesStarsOutsideOneToTenAnEarlyAssessmentAndAMissingOrganization() {
        Fixtures.countyWithTown("150623", "104");
        int branch = Orgs.create("四村党支部", "BRANCH", "150623104000");
        editor().body(with(rating(branch, 2021, "FIRST"), "stars", 11)).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("stars"));
        editor().body(with(rating(branch, 2021, "FIRST"), "stars", 0)).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("stars"));
        editor().body(with(rating(branch, 2021, "FIRST"), "assessedOn", "2020-12-31")).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("assessedOn"))
                .body("errors[0].rule", equalTo("rating.assessed.before-year"));
        editor().body(with(rating(branch, 2021, "FIRST"), "assessedOn", "2021-02-30")).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("assessedOn"));
        editor().body(rating(branch, 2021, "BEST")).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("classGrade"));
        editor().body(rating(branch, 1800, "FIRST")).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        editor().body(rating(987654321, 2021, "FIRST")).post("/api/v1/ratings").then()
                .statusCode(422).body("rule", equalTo("rating.organization.missing"));
        editor().body(Map.of("organizationId", branch, "year", 2021)).post("/api/v1/ratings").then()
                .statusCode(400).body("errors[0].field", equalTo("classGrade"));
        org.junit.jupiter.api.Assertions.assertEquals(0, ratingsOf(branch));
    }

    @Test
    void correctionsAndDeletionsNeedTheVersionThatWasRead() {
        Fixtures.countyWithTown("150623", "105");
        int branch = Orgs.create("五村党支部", "BRANCH", "150623105000");
        int id = editor().body(rating(branch, 2021, "SECOND")).post("/api/v1/ratings").then().statusCode(201)
                .extract().path("id");
        editor().body(rating(branch, 2020, "THIRD")).post("/api/v1/ratings").then().statusCode(201);

        editor().body(rating(branch, 2021, "FIRST")).put("/api/v1/ratings/" + id).then().statusCode(428);
        editor().header("If-Match", "\"3\"").body(rating(branch, 2021, "FIRST")).put("/api/v1/ratings/" + id)
                .then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(rating(branch, 2020, "FIRST")).put("/api/v1/ratings/" + id)
                .then().statusCode(409).body("rule", equalTo("rating.duplicate"));
        editor().header("If-Match", "\"0\"").body(with(rating(branch, 2021, "FIRST"), "stars", 10))
                .put("/api/v1/ratings/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("classGrade", equalTo("FIRST")).body("stars", equalTo(10));

        // A rated organization cannot be deleted.
        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + branch).then().statusCode(409)
                .body("rule", equalTo("partyorg.referenced"));

        editor().delete("/api/v1/ratings/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete("/api/v1/ratings/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete("/api/v1/ratings/" + id).then().statusCode(204);
        editor().get("/api/v1/ratings/" + id).then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(1, ratingsOf(branch));
    }

    @Test
    void honoursAreRecordedOnceAndRemovedWithTheirVersion() {
        Fixtures.countyWithTown("150623", "106");
        int branch = Orgs.create("六村党支部", "BRANCH", Orgs.village("150623106201", "六村"));
        String honours = "/api/v1/organizations/" + branch + "/honours";
        Map<String, Object> redFlag = Map.of("kind", "RED_FLAG_VILLAGE", "year", 2020, "title", "2020年度“红旗村”党组织",
                "issuer", "中共某旗委");
        int id = editor().body(redFlag).post(honours).then().statusCode(201)
                .header("Location", containsString(honours + "/")).header("ETag", equalTo("\"0\""))
                .body("organizationId", equalTo(branch)).body("kind", equalTo("RED_FLAG_VILLAGE"))
                .extract().path("id");
        editor().body(redFlag).post(honours).then().statusCode(200).body("id", equalTo(id))
                .header("ETag", equalTo("\"0\""));
        editor().body(with(redFlag, "issuer", "中共某市委")).post(honours).then().statusCode(200)
                .body("id", equalTo(id)).body("issuer", equalTo("中共某市委")).header("ETag", equalTo("\"1\""));
        editor().body(Map.of("kind", "PARTY_BRAND", "year", 2021, "title", "党建引领乡村治理")).post(honours)
                .then().statusCode(201);

        editor().get(honours).then().statusCode(200).body("total", equalTo(2))
                .body("items[0].kind", equalTo("PARTY_BRAND")).body("items[1].year", equalTo(2020));
        editor().queryParam("year", 2020).get(honours).then().body("total", equalTo(1));
        editor().get(honours + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));

        editor().body(Map.of("kind", "GOLD_MEDAL", "year", 2021, "title", "x")).post(honours).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        editor().body(Map.of("kind", "OTHER", "year", 2021, "title", " ")).post(honours).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        editor().body(Map.of("kind", "OTHER", "year", 3000, "title", "x")).post(honours).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().body(redFlag).post("/api/v1/organizations/987654321/honours").then().statusCode(404);
        editor().get(honours).then().body("total", equalTo(2));

        int other = Orgs.create("别的支部", "BRANCH", "150623106000");
        editor().get("/api/v1/organizations/" + other + "/honours/" + id).then().statusCode(404);
        editor().header("If-Match", "\"1\"").delete("/api/v1/organizations/" + other + "/honours/" + id)
                .then().statusCode(404);

        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + branch).then().statusCode(409)
                .body("rule", equalTo("partyorg.referenced"));
        editor().delete(honours + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete(honours + "/" + id).then().statusCode(412);
        as("viewer").header("If-Match", "\"1\"").delete(honours + "/" + id).then().statusCode(403);
        editor().header("If-Match", "\"1\"").delete(honours + "/" + id).then().statusCode(204);
        editor().get(honours).then().body("total", equalTo(1)).body("items.id", not(hasItem(id)));
    }

    @Test
    void aCallerOfAnotherCountyGetsForbidden() {
        Fixtures.countyWithTown("150623", "107");
        int branch = Orgs.create("七村党支部", "BRANCH", "150623107000");
        int id = editor().body(rating(branch, 2021, "FIRST")).post("/api/v1/ratings").then().statusCode(201)
                .extract().path("id");
        String honours = "/api/v1/organizations/" + branch + "/honours";
        var other = "150628000000";

        Orgs.editorOf(other).get("/api/v1/ratings/" + id).then().statusCode(403)
                .body("rule", equalTo("problem.forbidden.region"));
        Orgs.editorOf(other).queryParam("region", "150623").get("/api/v1/ratings").then().statusCode(403);
        Orgs.editorOf(other).get("/api/v1/ratings").then().statusCode(200)
                .body("items.regionCode", everyItem(containsString("150628")));
        Orgs.editorOf(other).body(rating(branch, 2022, "FIRST")).post("/api/v1/ratings").then().statusCode(403);
        Orgs.editorOf(other).header("If-Match", "\"0\"").body(rating(branch, 2021, "THIRD"))
                .put("/api/v1/ratings/" + id).then().statusCode(403);
        Orgs.editorOf(other).get(honours).then().statusCode(403);
        Orgs.editorOf(other).body(Map.of("kind", "OTHER", "year", 2021, "title", "越权")).post(honours)
                .then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(1, ratingsOf(branch));
        editor().get("/api/v1/ratings/" + id).then().body("classGrade", equalTo("FIRST"));
        editor().get(honours).then().body("total", equalTo(0));
        Orgs.editorOf("150623000000").get("/api/v1/ratings/" + id).then().statusCode(200);
    }
}
