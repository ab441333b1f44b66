package org.ruralrevival.organization.alliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.partyorg.Orgs;

@QuarkusTest
class AllianceResourceTest {

    private static Map<String, Object> alliance(String name, String region, List<Integer> orgs, List<String> partners) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "SCHOOL_LOCALITY");
        body.put("purpose", "高校科技、人才资源下沉");
        body.put("regionCode", region);
        body.put("foundedOn", "2021-06-18");
        body.put("organizationIds", orgs);
        body.put("partners", partners);
        return body;
    }

    private static long count(String region) {
        return editor().queryParam("region", region).get("/api/v1/alliances").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void foundsASchoolLocalityAllianceWithUniversitiesAsPartners() {
        Fixtures.countyWithTown("150622", "101");
        int town = Orgs.create("中共一镇委员会", "COMMITTEE", "150622101000");
        int id = editor().body(alliance("校地党建联盟", "150622000000", List.of(town), List.of("兰州大学", "西北民族大学")))
                .post("/api/v1/alliances").then().statusCode(201)
                .header("Location", containsString("/api/v1/alliances/"))
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("SCHOOL_LOCALITY"))
                .body("organizations[0].id", equalTo(town))
                .body("organizations[0].name", equalTo("中共一镇委员会"))
                .body("partners", contains("兰州大学", "西北民族大学"))
                .body("memberCount", equalTo(3))
                .extract().path("id");

        editor().get("/api/v1/alliances/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("校地党建联盟")).body("foundedOn", equalTo("2021-06-18"));
        editor().queryParam("region", "150622").queryParam("kind", "SCHOOL_LOCALITY").get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", hasItem(id));
        editor().queryParam("region", "150622").queryParam("kind", "INDUSTRY_CHAIN").get("/api/v1/alliances")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        editor().queryParam("organizationId", town).get("/api/v1/alliances")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        editor().queryParam("kind", "FRIENDSHIP").get("/api/v1/alliances").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].rule", equalTo("json.enum"));
        editor().queryParam("organizationId", "一").get("/api/v1/alliances").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void anIndustryChainAllianceOfVillageBranches() {
        Fixtures.countyWithTown("150622", "102");
        int a = Orgs.create("赛乌素村党支部", "BRANCH", Orgs.village("150622102201", "赛乌素村"));
        int b = Orgs.create("查干沟村党支部", "BRANCH", Orgs.village("150622102202", "查干沟村"));
        Map<String, Object> body = alliance("物流服务业党建联盟", "150622102000", List.of(a, b), null);
        body.put("kind", "INDUSTRY_CHAIN");
        editor().body(body).post("/api/v1/alliances").then().statusCode(201)
                .body("organizations", hasSize(2)).body("partners", hasSize(0)).body("memberCount", equalTo(2));
    }

    @Test
    void refusesAnAllianceWithFewerThanTwoMembers() {
        Fixtures.countyWithTown("150622", "103");
        int town = Orgs.create("中共三镇委员会", "COMMITTEE", "150622103000");
        long before = count("150622103");
        editor().body(alliance("独木", "150622103000", List.of(town), List.of()))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.members.too-few"));
        // The same organization or the same partner twice is still one member.
        editor().body(alliance("重复成员", "150622103000", List.of(town, town), List.of()))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.members.too-few"));
        editor().body(alliance("重复伙伴", "150622103000", List.of(), List.of("兰州大学", " 兰州大学 ")))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.members.too-few"));
        editor().body(alliance("空", "150622103000", null, null))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.members.too-few"));
        editor().body(alliance("两个伙伴", "150622103000", List.of(), List.of("兰州大学", "西北民族大学")))
                .post("/api/v1/alliances").then().statusCode(201);
        assertTotal("150622103", before + 1);
    }

    @Test
    void refusesMissingMembersAMissingLeadRegionAndBadInput() {
        Fixtures.countyWithTown("150622", "104");
        int town = Orgs.create("中共四镇委员会", "COMMITTEE", "150622104000");
        long before = count("150622104");
        editor().body(alliance("缺成员", "150622104000", List.of(town, 987654321), List.of()))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.organization.missing"));
        editor().body(alliance("缺区划", "150622104999", List.of(town), List.of("兰州大学")))
                .post("/api/v1/alliances").then().statusCode(422).body("rule", equalTo("alliance.region.missing"));
        editor().body(alliance("坏代码", "1506221040", List.of(town), List.of("兰州大学")))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));
        Map<String, Object> unknownKind = alliance("坏类型", "150622104000", List.of(town), List.of("兰州大学"));
        unknownKind.put("kind", "FRIENDSHIP");
        editor().body(unknownKind).post("/api/v1/alliances").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        editor().body(alliance(" ", "150622104000", List.of(town), List.of("兰州大学")))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", equalTo("name"));
        editor().body(alliance("空伙伴", "150622104000", List.of(town), List.of(" ")))
                .post("/api/v1/alliances").then().statusCode(400).body("errors[0].field", containsString("partners"));
        assertTotal("150622104", before);
    }

    @Test
    void changesNeedTheVersionThatWasRead() {
        Fixtures.countyWithTown("150622", "105");
        int town = Orgs.create("中共五镇委员会", "COMMITTEE", "150622105000");
        int id = editor().body(alliance("联村共建", "150622105000", List.of(town), List.of("某企业")))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        Map<String, Object> renamed = alliance("联村共建联盟", "150622105000", List.of(town), List.of("某企业", "兰州大学"));
        renamed.put("kind", "JOINT_VILLAGES");

        editor().body(renamed).put("/api/v1/alliances/" + id).then().statusCode(428)
                .body("rule", equalTo("problem.if-match.required"));
        editor().header("If-Match", "\"7\"").body(renamed).put("/api/v1/alliances/" + id).then().statusCode(412)
                .body("rule", equalTo("problem.if-match.stale"));
        editor().header("If-Match", "\"0\"").body(renamed).put("/api/v1/alliances/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("kind", equalTo("JOINT_VILLAGES")).body("memberCount", equalTo(3));
        editor().header("If-Match", "\"1\"").body(alliance("只剩一个", "150622105000", List.of(town), List.of()))
                .put("/api/v1/alliances/" + id).then().statusCode(422).body("rule", equalTo("alliance.members.too-few"));
        editor().get("/api/v1/alliances/" + id).then().statusCode(200).body("name", equalTo("联村共建联盟"))
                .body("memberCount", equalTo(3)).header("ETag", equalTo("\"1\""));

        // A member organization cannot be deleted while it is in the alliance.
        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + town).then().statusCode(409)
                .body("rule", equalTo("partyorg.referenced"));
        editor().get("/api/v1/organizations/" + town).then().statusCode(200);

        editor().delete("/api/v1/alliances/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete("/api/v1/alliances/" + id).then().statusCode(412);
        editor().get("/api/v1/alliances/" + id).then().statusCode(200);
        as("viewer").header("If-Match", "\"1\"").delete("/api/v1/alliances/" + id).then().statusCode(403);
        editor().header("If-Match", "\"1\"").delete("/api/v1/alliances/" + id).then().statusCode(204);
        editor().get("/api/v1/alliances/" + id).then().statusCode(404).body("rule", equalTo("problem.not-found"));
        editor().header("If-Match", "\"0\"").delete("/api/v1/organizations/" + town).then().statusCode(204);
    }

    @Test
    void aCallerOfAnotherCountyGetsForbidden() {
        Fixtures.countyWithTown("150622", "106");
        Fixtures.countyWithTown("150627", "106");
        int here = Orgs.create("中共六镇委员会", "COMMITTEE", "150622106000");
        int there = Orgs.create("邻县镇党委", "COMMITTEE", "150627106000");
        int id = editor().body(alliance("本县联盟", "150622106000", List.of(here), List.of("兰州大学")))
                .post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        long before = count("150627");

        var other = Orgs.editorOf("150627000000");
        other.get("/api/v1/alliances/" + id).then().statusCode(403).body("rule", equalTo("problem.forbidden.region"));
        Orgs.editorOf("150627000000").queryParam("region", "150622").get("/api/v1/alliances").then().statusCode(403);
        Orgs.editorOf("150627000000").header("If-Match", "\"0\"")
                .body(alliance("改别县的", "150622106000", List.of(here), List.of("兰州大学")))
                .put("/api/v1/alliances/" + id).then().statusCode(403);
        Orgs.editorOf("150627000000").header("If-Match", "\"0\"").delete("/api/v1/alliances/" + id)
                .then().statusCode(403);
        // Leading from its own county but enlisting another county's organization is refused too.
        Orgs.editorOf("150627000000").body(alliance("拉别县入盟", "150627106000", List.of(there, here), List.of()))
                .post("/api/v1/alliances").then().statusCode(403);
        Orgs.editorOf("150627000000").queryParam("region", "150627").get("/api/v1/alliances").then().statusCode(200)
                .body("total", equalTo((int) before));
        editor().get("/api/v1/alliances/" + id).then().statusCode(200).body("name", equalTo("本县联盟"))
                .header("ETag", equalTo("\"0\""));
        Orgs.editorOf("150622000000").get("/api/v1/alliances/" + id).then().statusCode(200);
    }

    private static void assertTotal(String region, long expected) {
        editor().queryParam("region", region).get("/api/v1/alliances").then().statusCode(200)
                .body("total", equalTo((int) expected));
    }
}
