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

    /**
     * County 152725, by hand: town 101, villages 201 and 202; a town committee and two branches;
     * 2021 ratings FIRST (strongest, 四化) and SECOND (四化); one rectification open and overdue;
     * the 2018 and 2021 terms of village 201; two members; one service centre.
     */
    @Test
    void assemblesEveryFigureForARegionAndYear() {
        Fixtures.countyWithTown("152725", "101");
        Fixtures.region("152725101201", "甲村", Map.of("keyVillage", true));
        Fixtures.region("152725101202", "乙村");
        int town = org("镇党委", "COMMITTEE", null, "152725101000");
        int a = org("甲村党支部", "BRANCH", town, "152725101201");
        int b = org("乙村党支部", "BRANCH", town, "152725101202");
        editor().body(Map.of("organizationId", a, "year", 2021, "classGrade", "FIRST", "stars", 9,
                "strongestBranch", true, "standardized", true)).post("/api/v1/ratings").then().statusCode(201);
        editor().body(Map.of("organizationId", b, "year", 2021, "classGrade", "SECOND", "stars", 6,
                "strongestBranch", false, "standardized", true)).post("/api/v1/ratings").then().statusCode(201);
        editor().body(Map.of("organizationId", b, "reason", "WEAK_AND_LAX",
                "leader", Map.of("name", "张副县长", "post", "副县长"), "openedOn", "2021-03-01", "deadline", "2021-09-30"))
                .post("/api/v1/rectifications").then().statusCode(201);

        // 2018 term: one man of 50 (born 1968-03-01, elected 2018-04-01), secretary only.
        int t2018 = term("152725101201", 2018, "2018-04-01");
        committeeMember(t2018, "老书记", "MALE", "1968-03-01", "JUNIOR_HIGH", "PARTY_SECRETARY");
        // 2021 term (elected 2021-05-10): a woman of 41 with a bachelor's holding both top posts, a man of 50.
        int t2021 = term("152725101201", 2021, "2021-05-10");
        committeeMember(t2021, "李书记", "FEMALE", "1980-01-01", "BACHELOR", "PARTY_SECRETARY", "VILLAGE_DIRECTOR");
        committeeMember(t2021, "王委员", "MALE", "1970-06-01", "JUNIOR_HIGH", "VILLAGE_COMMITTEE_MEMBER");

        member(a, "老党员", "152725194501011234", 1945, "1970-07-01", "FULL");
        member(a, "新党员", "152725199801011234", 1998, "2021-03-01", "PROBATIONARY");
        editor().body(Map.of("regionCode", "152725101201", "area", 300, "state", "IN_USE"))
                .post("/api/v1/service-centers").then().statusCode(201);

        editor().queryParam("region", "152725").queryParam("year", 2021).get("/api/v1/reports/organization")
                .then().statusCode(200)
                .body("regionName", equalTo("县152725"))
                .body("countedOn", equalTo("2021-12-31"))
                .body("villages.villages.value", equalTo(2))
                .body("villages.keyVillages.value", equalTo(1))
                .body("organizations.total.value", equalTo(3))
                .body("organizations.firstClass.value", equalTo(1))
                .body("organizations.secondClass.value", equalTo(1))
                .body("organizations.strongestBranches.value", equalTo(1))
                .body("organizations.strongestBranchShare.value", equalTo(50.0f))
                .body("organizations.standardizedShare.value", equalTo(100.0f))
                .body("organizations.rectificationsOpened.value", equalTo(1))
                .body("organizations.rectificationsOpen.value", equalTo(1))
                .body("organizations.rectificationsOverdue.value", equalTo(1))
                .body("organizations.byType.BRANCH.value", equalTo(2))
                .body("organizations.byType.COMMITTEE.value", equalTo(1))
                .body("organizations.byType.GROUP.value", equalTo(0))
                .body("organizations.firstClass.unit", equalTo("organization"))
                .body("organizations.strongestBranchShare.unit", equalTo("percent"))
                .body("committeeTermYear", equalTo(2021))
                .body("committees.members.value", equalTo(2))
                .body("committees.members.previous", equalTo(1))
                // (41 + 50) / 2 = 45.5 against 50 in 2018: 4.5 years lower.
                .body("committees.averageAge.value", equalTo(45.5f))
                .body("committees.averageAge.change", equalTo(-4.5f))
                .body("committees.secretariesAverageAge.value", equalTo(41.0f))
                .body("committees.collegeOrAboveShare.value", equalTo(50.0f))
                .body("committees.womenShare.value", equalTo(50.0f))
                .body("committees.womenShare.change", equalTo(50.0f))
                .body("committees.oneShoulderShare.value", equalTo(100.0f))
                .body("members.byStatus.FULL.value", equalTo(1))
                .body("members.byStatus.PROBATIONARY.value", equalTo(1))
                .body("members.onRoll.value", equalTo(2))
                .body("members.joinedInYear.value", equalTo(1))
                .body("members.joinedInYear.previous", equalTo(0))
                .body("members.fiftyYearMembers.value", equalTo(1))
                .body("serviceCenters.centers.value", equalTo(1));
        // A report for 2022 still shows the 2021 term, the term in force.
        editor().queryParam("region", "152725").queryParam("year", 2022).get("/api/v1/reports/organization")
                .then().statusCode(200).body("committeeTermYear", equalTo(2021))
                .body("members.joinedInYear.value", equalTo(0)).body("members.joinedInYear.previous", equalTo(1));
    }

    private static int org(String name, String type, Integer parent, String region) {
        var body = new java.util.HashMap<String, Object>(Map.of("name", name, "type", type, "regionCode", region));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return editor().body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    private static int term(String village, int year, String electionDate) {
        return editor().body(Map.of("regionCode", village, "termYear", year, "electionDate", electionDate))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
    }

    private static void committeeMember(int term, String name, String gender, String birth, String education,
            String... posts) {
        editor().body(Map.of("termId", term, "name", name, "gender", gender, "birthDate", birth,
                "education", education, "posts", java.util.List.of(posts)))
                .post("/api/v1/committee-members").then().statusCode(201);
    }

    private static void member(int organizationId, String name, String idTemplate, int birthYear, String joinedOn, String status) {
        String first17 = idTemplate.substring(0, 17);
        String id = first17 + org.ruralrevival.platform.identity.IdNumber.checkCharacter(first17);
        var body = new java.util.HashMap<String, Object>(Map.of("organizationId", organizationId, "name", name, "idNumber", id,
                "joinedOn", joinedOn, "status", status));
        editor().body(body).post("/api/v1/members").then().statusCode(201);
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
