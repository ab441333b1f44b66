package org.ruralrevival.organization.household;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.create;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;
import static org.ruralrevival.organization.member.MemberFixtures.member;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.member.MemberFixtures;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class MemberHouseholdResourceTest {

    private static Map<String, Object> link(int memberId, String head, String address, String groupCode) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", memberId, "householdHead", head, "address", address,
                "linkedOn", "2021-03-15"));
        if (groupCode != null) {
            body.put("groupCode", groupCode);
        }
        return body;
    }

    private static long linksOf(int memberId) {
        return editor().queryParam("memberId", memberId).get("/api/v1/member-households").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void linksAMemberToHouseholdsInAVillagerGroupAndListsThem() {
        int org = MemberFixtures.townCommittee("150642");
        Fixtures.ensureRegion("150642101201", "联户村");
        Fixtures.ensureRegion("150642101201001", "一社");
        int memberId = create(member(org, "高志远", idNumber("150642", LocalDate.of(1970, 7, 7), 17), "1995-07-01"));

        editor().body(link(memberId, "李桂兰", "联户村一社12号", "150642101201001")).post("/api/v1/member-households")
                .then().statusCode(201).header("Location", containsString("/api/v1/member-households/"))
                .header("ETag", equalTo("\"0\"")).body("groupCode", equalTo("150642101201001"));
        editor().body(link(memberId, "王富贵", "联户村一社15号", null)).post("/api/v1/member-households")
                .then().statusCode(201);

        editor().queryParam("memberId", memberId).get("/api/v1/member-households").then().statusCode(200)
                .body("total", equalTo(2)).body("items.householdHead", hasItems("李桂兰", "王富贵"));
        editor().queryParam("region", "150642").get("/api/v1/member-households").then().statusCode(200)
                .body("items.householdHead", hasItems("李桂兰", "王富贵"));
    }

    @Test
    void sendingTheSameLinkAgainUpdatesIt() {
        int org = MemberFixtures.townCommittee("150642");
        int memberId = create(member(org, "韩梅", idNumber("150642", LocalDate.of(1971, 7, 7), 18), "1995-07-01"));
        int id = editor().body(link(memberId, "张三", "二社1号", null)).post("/api/v1/member-households")
                .then().statusCode(201).extract().path("id");
        var again = link(memberId, "张三", "二社1号", null);
        again.put("linkedOn", "2021-04-01");
        editor().body(again).post("/api/v1/member-households").then().statusCode(200).body("id", equalTo(id))
                .body("linkedOn", equalTo("2021-04-01")).header("ETag", equalTo("\"1\""));
        editor().body(again).post("/api/v1/member-households").then().statusCode(200).header("ETag", equalTo("\"1\""));
        assertEquals(1, linksOf(memberId));
    }

    @Test
    void refusesAMissingMemberOrGroupABadGroupCodeAndAFutureDate() {
        int org = MemberFixtures.townCommittee("150642");
        Fixtures.ensureRegion("150642101202", "无组村");
        int memberId = create(member(org, "林涛", idNumber("150642", LocalDate.of(1972, 7, 7), 19), "1995-07-01"));

        editor().body(link(memberId, "甲", "地址", "150642101202009")).post("/api/v1/member-households")
                .then().statusCode(422).body("rule", equalTo("household.group.missing"));
        editor().body(link(memberId, "甲", "地址", "150642101202")).post("/api/v1/member-households")
                .then().statusCode(400).body("errors[0].field", equalTo("groupCode"))
                .body("errors[0].rule", equalTo("household.group.level"));
        editor().body(link(memberId, "甲", "地址", "15064210")).post("/api/v1/member-households")
                .then().statusCode(400).body("errors[0].rule", equalTo("region.code.shape"));
        var future = link(memberId, "甲", "地址", null);
        future.put("linkedOn", Today.inChina().plusDays(1).toString());
        editor().body(future).post("/api/v1/member-households").then().statusCode(400)
                .body("errors[0].field", equalTo("linkedOn")).body("errors[0].rule", equalTo("member.date.future"));
        editor().body(link(999999999, "甲", "地址", null)).post("/api/v1/member-households")
                .then().statusCode(422).body("rule", equalTo("household.member.missing"));
        editor().body(Map.of("memberId", memberId, "householdHead", " ", "address", "x", "linkedOn", "2021-01-01"))
                .post("/api/v1/member-households").then().statusCode(400)
                .body("errors[0].field", equalTo("householdHead"));
        assertEquals(0, linksOf(memberId));
    }

    @Test
    void deletingALinkNeedsTheVersionAndStaysInTheCounty() {
        int org = MemberFixtures.townCommittee("150642");
        int memberId = create(member(org, "石磊", idNumber("150642", LocalDate.of(1973, 7, 7), 21), "1995-07-01"));
        int id = editor().body(link(memberId, "乙", "三社2号", null)).post("/api/v1/member-households")
                .then().statusCode(201).extract().path("id");
        MemberFixtures.townCommittee("150649");

        given().header("Authorization", Tokens.bearer("editor", "150649000000"))
                .get("/api/v1/member-households/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).header("If-Match", "\"0\"")
                .delete("/api/v1/member-households/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .body(link(memberId, "丙", "越权", null)).post("/api/v1/member-households").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).queryParam("region", "150642")
                .get("/api/v1/member-households").then().statusCode(403);

        editor().delete("/api/v1/member-households/" + id).then().statusCode(428);
        editor().header("If-Match", "\"3\"").delete("/api/v1/member-households/" + id).then().statusCode(412);
        editor().get("/api/v1/member-households/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        editor().header("If-Match", "\"0\"").delete("/api/v1/member-households/" + id).then().statusCode(204);
        editor().get("/api/v1/member-households/" + id).then().statusCode(404);
        assertEquals(0, linksOf(memberId));
    }
}
