package org.ruralrevival.organization.points;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.create;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;
import static org.ruralrevival.organization.member.MemberFixtures.member;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.member.MemberFixtures;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class MemberPointResourceTest {

    private static void score(int memberId, String date, int points) {
        editor().body(Map.of("memberId", memberId, "date", date, "points", points, "category", "先锋指数",
                "reason", "月度评议")).post("/api/v1/member-points").then().statusCode(201);
    }

    private static long pointsOf(int memberId) {
        return editor().queryParam("memberId", memberId).get("/api/v1/member-points").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void ranksTheYearsTotalsHighestFirstForTheRedListLowestFirstForTheBlack() {
        int org = MemberFixtures.townCommittee("150650");
        int a = create(member(org, "红甲", idNumber("150650", LocalDate.of(1970, 1, 1), 31), "1995-07-01"));
        int b = create(member(org, "红乙", idNumber("150650", LocalDate.of(1970, 1, 2), 33), "1995-07-01"));
        int c = create(member(org, "黑丙", idNumber("150650", LocalDate.of(1970, 1, 3), 35), "1995-07-01"));
        int d = create(member(org, "平丁", idNumber("150650", LocalDate.of(1970, 1, 4), 37), "1995-07-01"));
        // 2021 totals: a 30 + 20 = 50, b 40, c 10 - 25 = -15, d 0 + (2020: 100, not counted) = 0.
        score(a, "2021-02-01", 30);
        score(a, "2021-11-30", 20);
        score(b, "2021-06-28", 40);
        score(c, "2021-03-01", 10);
        score(c, "2021-12-31", -25);
        score(d, "2021-01-01", 0);
        score(d, "2020-12-31", 100);

        editor().queryParam("region", "150650").queryParam("year", 2021).queryParam("list", "RED")
                .get("/api/v1/member-points/rankings").then().statusCode(200)
                .body("list", equalTo("RED")).body("year", equalTo(2021))
                .body("items.memberId", contains(a, b, d, c))
                .body("items.total", contains(50, 40, 0, -15))
                .body("items.rank", contains(1, 2, 3, 4))
                .body("items[0].name", equalTo("红甲"));
        editor().queryParam("region", "150650").queryParam("year", 2021).queryParam("list", "BLACK")
                .queryParam("size", 2).get("/api/v1/member-points/rankings").then().statusCode(200)
                .body("items", hasSize(2)).body("items.memberId", contains(c, d)).body("items.total", contains(-15, 0));
        editor().queryParam("region", "150650").queryParam("year", 2020)
                .get("/api/v1/member-points/rankings").then().statusCode(200)
                .body("items.memberId", contains(d)).body("items.total", contains(100));

        editor().queryParam("memberId", c).queryParam("year", 2021).get("/api/v1/member-points").then()
                .statusCode(200).body("total", equalTo(2)).body("items.points", contains(10, -25));
        editor().queryParam("region", "150650").queryParam("year", 2020).get("/api/v1/member-points").then()
                .body("total", equalTo(1));
    }

    @Test
    void refusesPointsOutOfRangeAFutureDateAMissingMemberAndAMissingYear() {
        int org = MemberFixtures.townCommittee("150643");
        int m = create(member(org, "范围", idNumber("150643", LocalDate.of(1971, 1, 1), 39), "1995-07-01"));
        editor().body(Map.of("memberId", m, "date", "2021-01-01", "points", 101, "category", "x"))
                .post("/api/v1/member-points").then().statusCode(400)
                .body("errors[0].field", equalTo("points")).body("errors[0].rule", equalTo("points.range"));
        editor().body(Map.of("memberId", m, "date", "2021-01-01", "points", -101, "category", "x"))
                .post("/api/v1/member-points").then().statusCode(400).body("errors[0].rule", equalTo("points.range"));
        editor().body(Map.of("memberId", m, "date", "2021-01-01", "points", 1.5, "category", "x"))
                .post("/api/v1/member-points").then().statusCode(400).body("errors[0].field", equalTo("points"));
        editor().body(Map.of("memberId", m, "date", Today.inChina().plusDays(1).toString(), "points", 1,
                "category", "x")).post("/api/v1/member-points").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].rule", equalTo("member.date.future"));
        editor().body(Map.of("memberId", 999999999, "date", "2021-01-01", "points", 1, "category", "x"))
                .post("/api/v1/member-points").then().statusCode(422).body("rule", equalTo("points.member.missing"));
        editor().body(Map.of("memberId", m, "date", "2021-01-01", "points", 1))
                .post("/api/v1/member-points").then().statusCode(400).body("errors[0].field", equalTo("category"));
        assertEquals(0, pointsOf(m));

        editor().body(Map.of("memberId", m, "date", "2021-01-01", "points", -100, "category", "违反纪律"))
                .post("/api/v1/member-points").then().statusCode(201).body("points", equalTo(-100));

        editor().get("/api/v1/member-points/rankings").then().statusCode(400).body("errors[0].field", equalTo("year"));
        editor().queryParam("year", 2021).queryParam("list", "GREY").get("/api/v1/member-points/rankings")
                .then().statusCode(400).body("errors[0].field", equalTo("list"))
                .body("errors[0].rule", equalTo("json.enum"));
        editor().queryParam("year", 1800).get("/api/v1/member-points/rankings")
                .then().statusCode(400).body("errors[0].rule", equalTo("points.year.range"));
        editor().queryParam("year", "20x1").get("/api/v1/member-points").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().queryParam("year", 2021).queryParam("size", 501).get("/api/v1/member-points/rankings")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void pointsStayInTheirCountyAndDeletingNeedsTheVersion() {
        int org = MemberFixtures.townCommittee("150643");
        int m = create(member(org, "删分", idNumber("150643", LocalDate.of(1972, 1, 1), 41), "1995-07-01"));
        int id = editor().body(Map.of("memberId", m, "date", "2021-05-01", "points", 8, "category", "学习教育"))
                .post("/api/v1/member-points").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .extract().path("id");
        MemberFixtures.townCommittee("150649");
        given().header("Authorization", Tokens.bearer("viewer", "150649000000"))
                .get("/api/v1/member-points/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("viewer", "150649000000")).queryParam("region", "150643")
                .queryParam("year", 2021).get("/api/v1/member-points/rankings").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("viewer", "150649000000")).queryParam("year", 2021)
                .get("/api/v1/member-points/rankings").then().statusCode(200).body("region", equalTo("150649"));
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .body(Map.of("memberId", m, "date", "2021-05-01", "points", 8, "category", "越权"))
                .post("/api/v1/member-points").then().statusCode(403);

        editor().delete("/api/v1/member-points/" + id).then().statusCode(428);
        editor().header("If-Match", "\"1\"").delete("/api/v1/member-points/" + id).then().statusCode(412);
        editor().header("If-Match", "\"0\"").delete("/api/v1/member-points/" + id).then().statusCode(204);
        assertEquals(0, pointsOf(m));
    }
}
