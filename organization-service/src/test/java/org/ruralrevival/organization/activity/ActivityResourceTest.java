package org.ruralrevival.organization.activity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.create;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;
import static org.ruralrevival.organization.member.MemberFixtures.member;
import static org.ruralrevival.organization.member.MemberFixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.member.MemberFixtures;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class ActivityResourceTest {

    private static Map<String, Object> activity(int org, String kind, String date, List<Integer> attendees) {
        return Map.of("organizationId", org, "kind", kind, "date", date, "topic", "学习党史 传承红色基因",
                "attendees", attendees);
    }

    private static long activitiesOf(int org) {
        return editor().queryParam("organizationId", org).get("/api/v1/activities").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void countsExpectedMembersOfTheOrganizationAndBelowOnTheDayAndThoseWhoAttended() {
        int town = MemberFixtures.townCommittee("150644");
        Fixtures.ensureRegion("150644101201", "活动村");
        int branch = MemberFixtures.organization("活动村党支部", "BRANCH", town, "150644101201");
        int m1 = create(member(town, "甲", idNumber("150644", LocalDate.of(1960, 1, 1), 51), "1990-07-01"));
        int m2 = create(member(branch, "乙", idNumber("150644", LocalDate.of(1970, 1, 1), 53), "2000-07-01"));
        create(member(branch, "丙", idNumber("150644", LocalDate.of(1990, 1, 1), 55), "2022-01-05"));
        create(with(member(town, "丁", idNumber("150644", LocalDate.of(1940, 1, 1), 57), "1970-07-01"),
                "status", "DECEASED", "leftOn", "2021-05-01"));
        int m5 = create(with(member(town, "戊", idNumber("150644", LocalDate.of(1950, 1, 1), 59), "1980-07-01"),
                "status", "TRANSFERRED_OUT", "leftOn", "2022-04-01"));

        int id = editor().body(activity(town, "THEME_DAY", "2021-06-28", List.of(m2, m1, m2)))
                .post("/api/v1/activities").then().statusCode(201)
                .header("Location", containsString("/api/v1/activities/")).header("ETag", equalTo("\"0\""))
                // On 2021-06-28: 甲, 乙 and 戊 (transferred out only in 2022) were members; 丙 not yet, 丁 no more.
                .body("expected", equalTo(3)).body("attended", equalTo(2))
                .body("attendees", contains(m1, m2))
                .extract().path("id");
        editor().body(activity(branch, "GROUP_MEETING", "2021-07-10", List.of(m2))).post("/api/v1/activities")
                .then().statusCode(201).body("expected", equalTo(1)).body("attended", equalTo(1));

        editor().header("If-Match", "\"0\"").body(activity(town, "THEME_DAY", "2021-06-28", List.of(m1, m2, m5)))
                .put("/api/v1/activities/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("attended", equalTo(3));
        editor().get("/api/v1/activities/" + id).then().statusCode(200).body("attendees", contains(m1, m2, m5));

        editor().queryParam("region", "150644").queryParam("kind", "THEME_DAY").get("/api/v1/activities")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        editor().queryParam("region", "150644101201").get("/api/v1/activities")
                .then().body("total", equalTo(1)).body("items[0].kind", equalTo("GROUP_MEETING"));
        editor().queryParam("organizationId", town).queryParam("from", "2021-06-29").queryParam("to", "2021-12-31")
                .get("/api/v1/activities").then().body("total", equalTo(0));
        editor().queryParam("region", "150644").queryParam("from", "2021-06-28").queryParam("to", "2021-07-10")
                .get("/api/v1/activities").then().body("total", equalTo(2));
        editor().queryParam("from", "2021-13-01").get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].rule", equalTo("json.format"));
        editor().queryParam("kind", "PICNIC").get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void refusesAttendeesFromOutsideTheOrganizationAFutureDateAndAMissingOrganization() {
        int town = MemberFixtures.townCommittee("150644");
        int branch = MemberFixtures.organization("另一支部", "BRANCH", town, "150644101000");
        int other = MemberFixtures.organization("无关党委", "COMMITTEE", null, "150644101000");
        int above = create(member(town, "上级党员", idNumber("150644", LocalDate.of(1961, 1, 1), 61), "1990-07-01"));
        int stranger = create(member(other, "外人", idNumber("150644", LocalDate.of(1962, 1, 1), 63), "1990-07-01"));

        editor().body(activity(branch, "PARTY_LECTURE", "2021-07-01", List.of(above))).post("/api/v1/activities")
                .then().statusCode(422).body("rule", equalTo("activity.attendee.outside"))
                .body("detail", containsString(String.valueOf(above)));
        editor().body(activity(town, "PARTY_LECTURE", "2021-07-01", List.of(stranger))).post("/api/v1/activities")
                .then().statusCode(422).body("rule", equalTo("activity.attendee.outside"));
        editor().body(activity(town, "PARTY_LECTURE", "2021-07-01", List.of(999999999))).post("/api/v1/activities")
                .then().statusCode(422);
        editor().body(activity(town, "PARTY_LECTURE", Today.inChina().plusDays(1).toString(), List.of()))
                .post("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].rule", equalTo("member.date.future"));
        editor().body(activity(999999999, "PARTY_LECTURE", "2021-07-01", List.of())).post("/api/v1/activities")
                .then().statusCode(422).body("rule", equalTo("activity.organization.missing"));
        editor().body(activity(town, "PICNIC", "2021-07-01", List.of())).post("/api/v1/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(0, activitiesOf(town) + activitiesOf(branch));
    }

    @Test
    void changesNeedTheVersionAndStayInTheCounty() {
        int town = MemberFixtures.townCommittee("150644");
        int id = editor().body(activity(town, "BRANCH_COMMITTEE_MEETING", "2021-03-03", List.of()))
                .post("/api/v1/activities").then().statusCode(201).body("attended", equalTo(0)).extract().path("id");
        MemberFixtures.townCommittee("150649");
        var change = activity(town, "BRANCH_GENERAL_MEETING", "2021-03-04", List.of());

        given().header("Authorization", Tokens.bearer("editor", "150649000000"))
                .get("/api/v1/activities/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(change).put("/api/v1/activities/" + id).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .body(change).post("/api/v1/activities").then().statusCode(403);

        editor().body(change).put("/api/v1/activities/" + id).then().statusCode(428);
        editor().header("If-Match", "\"7\"").body(change).put("/api/v1/activities/" + id).then().statusCode(412);
        editor().get("/api/v1/activities/" + id).then().body("kind", equalTo("BRANCH_COMMITTEE_MEETING"));
        editor().header("If-Match", "\"0\"").body(change).put("/api/v1/activities/" + id).then().statusCode(200)
                .body("kind", equalTo("BRANCH_GENERAL_MEETING")).body("date", equalTo("2021-03-04"));
        editor().header("If-Match", "\"0\"").delete("/api/v1/activities/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete("/api/v1/activities/" + id).then().statusCode(204);
        editor().get("/api/v1/activities/" + id).then().statusCode(404);
    }
}
