package org.ruralrevival.organization.committee;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.committee.CommitteeFixtures.addMember;
import static org.ruralrevival.organization.committee.CommitteeFixtures.otherCounty;
import static org.ruralrevival.organization.committee.CommitteeFixtures.term;
import static org.ruralrevival.organization.committee.CommitteeFixtures.termTotal;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.testing.FeedHead;

@QuarkusTest
class CommitteeTermResourceTest {

    private static final String TERMS = "/api/v1/committee-terms";

    @Test
    void createsReadsAndListsAVillagesTerm() {
        long before = FeedHead.seq();
        Fixtures.countyWithTown("150632", "101");
        Fixtures.region("150632101201", "树林召村");
        editor().body(Map.of("regionCode", "150632101201", "termYear", 2021, "electionDate", "2021-04-18"))
                .post(TERMS).then().statusCode(201)
                .header("Location", containsString(TERMS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("regionCode", equalTo("150632101201"))
                .body("termYear", equalTo(2021))
                .body("electionDate", equalTo("2021-04-18"));
        int id = term("150632101201", 2018, "2018-05-02");
        editor().get(TERMS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("termYear", equalTo(2018));
        editor().queryParam("region", "150632101").queryParam("year", 2021).get(TERMS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].electionDate", equalTo("2021-04-18"));
        as("sync").queryParam("after", before).get("/api/v1/changes/organization").then().statusCode(200)
                .body("items.entity", hasItem("committee-term"));
    }

    @Test
    void refusesATermForARegionThatIsNoVillageOrDoesNotExist() {
        Fixtures.countyWithTown("150632", "102");
        int before = termTotal("150632102");
        editor().body(Map.of("regionCode", "150632102000", "termYear", 2021, "electionDate", "2021-04-18"))
                .post(TERMS).then().statusCode(422).body("rule", equalTo("committee.region.not-village"));
        editor().body(Map.of("regionCode", "150632102299", "termYear", 2021, "electionDate", "2021-04-18"))
                .post(TERMS).then().statusCode(422).body("rule", equalTo("committee.region.missing"));
        editor().body(Map.of("regionCode", "15063210", "termYear", 2021, "electionDate", "2021-04-18"))
                .post(TERMS).then().statusCode(400).body("errors[0].field", equalTo("regionCode"))
                .body("errors[0].rule", equalTo("region.code.shape"));
        assertEquals(before, termTotal("150632102"));
    }

    @Test
    void refusesAnElectionDateOutsideTheTermYearOrInTheFuture() {
        Fixtures.countyWithTown("150632", "103");
        Fixtures.region("150632103201", "日期村");
        editor().body(Map.of("regionCode", "150632103201", "termYear", 2021, "electionDate", "2020-12-31"))
                .post(TERMS).then().statusCode(400).body("errors[0].field", equalTo("electionDate"))
                .body("errors[0].rule", equalTo("committee.term.election-date.year"));
        editor().body(Map.of("regionCode", "150632103201", "termYear", 2100, "electionDate", "2100-01-04"))
                .post(TERMS).then().statusCode(400).body("errors[0].field", equalTo("electionDate"))
                .body("errors[0].rule", equalTo("committee.term.election-date.future"));
        editor().body(Map.of("regionCode", "150632103201", "termYear", 2021)).post(TERMS)
                .then().statusCode(400).body("errors[0].field", equalTo("electionDate"));
        editor().body(Map.of("regionCode", "150632103201", "termYear", 2021, "electionDate", "2021-02-30"))
                .post(TERMS).then().statusCode(400).body("errors[0].field", equalTo("electionDate"));
        editor().body(Map.of("regionCode", "150632103201", "termYear", 1800, "electionDate", "1800-02-03"))
                .post(TERMS).then().statusCode(400).body("errors[0].field", equalTo("termYear"));
        assertEquals(0, termTotal("150632103201"));
    }

    @Test
    void aDuplicateVillageAndYearIsAConflictUnlessItCarriesTheSameExternalRef() {
        Fixtures.countyWithTown("150632", "104");
        Fixtures.region("150632104201", "重复村");
        var ref = Map.of("system", "nm-dangjian", "id", "TERM-1");
        int id = editor().body(Map.of("regionCode", "150632104201", "termYear", 2021, "electionDate", "2021-03-01",
                        "externalRef", ref))
                .post(TERMS).then().statusCode(201).extract().path("id");
        editor().body(Map.of("regionCode", "150632104201", "termYear", 2021, "electionDate", "2021-03-02"))
                .post(TERMS).then().statusCode(409).body("rule", equalTo("committee.term.duplicate"));
        editor().body(Map.of("regionCode", "150632104201", "termYear", 2021, "electionDate", "2021-03-02",
                        "externalRef", Map.of("system", "nm-dangjian", "id", "TERM-2")))
                .post(TERMS).then().statusCode(409).body("rule", equalTo("committee.term.duplicate"));
        editor().get(TERMS + "/" + id).then().body("electionDate", equalTo("2021-03-01"));

        editor().body(Map.of("regionCode", "150632104201", "termYear", 2021, "electionDate", "2021-04-01",
                        "externalRef", ref))
                .post(TERMS).then().statusCode(200).body("id", equalTo(id))
                .body("electionDate", equalTo("2021-04-01")).header("ETag", equalTo("\"1\""));
        assertEquals(1, termTotal("150632104201"));
    }

    @Test
    void changesAndDeletesNeedTheVersionThatWasRead() {
        Fixtures.countyWithTown("150632", "105");
        Fixtures.region("150632105201", "版本村");
        int id = term("150632105201", 2021, "2021-03-01");
        var moved = Map.of("regionCode", "150632105201", "termYear", 2021, "electionDate", "2021-05-01");
        editor().body(moved).put(TERMS + "/" + id).then().statusCode(428)
                .body("rule", equalTo("problem.if-match.required"));
        editor().header("If-Match", "\"7\"").body(moved).put(TERMS + "/" + id).then().statusCode(412)
                .body("rule", equalTo("problem.if-match.stale"));
        editor().get(TERMS + "/" + id).then().body("electionDate", equalTo("2021-03-01"));
        editor().header("If-Match", "\"0\"").body(moved).put(TERMS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("electionDate", equalTo("2021-05-01"));

        editor().delete(TERMS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete(TERMS + "/" + id).then().statusCode(412);
        as("viewer").header("If-Match", "\"1\"").delete(TERMS + "/" + id).then().statusCode(403);
        editor().header("If-Match", "\"1\"").delete(TERMS + "/" + id).then().statusCode(204);
        editor().get(TERMS + "/" + id).then().statusCode(404).body("rule", equalTo("problem.not-found"));
    }

    @Test
    void keepsATermWithMembersAndTheirAgesValid() {
        Fixtures.countyWithTown("150632", "106");
        Fixtures.region("150632106201", "成员村");
        int id = term("150632106201", 2021, "2021-05-20");
        addMember(id, "周青年", "MALE", "2003-05-20", "SENIOR_HIGH", "VILLAGE_COMMITTEE_MEMBER");

        // Born 2003-05-20: exactly 18 on 2021-05-20, but 17 a day earlier.
        editor().header("If-Match", "\"0\"")
                .body(Map.of("regionCode", "150632106201", "termYear", 2021, "electionDate", "2021-05-19"))
                .put(TERMS + "/" + id).then().statusCode(422).body("rule", equalTo("committee.term.members-under-age"));
        editor().get(TERMS + "/" + id).then().header("ETag", equalTo("\"0\""))
                .body("electionDate", equalTo("2021-05-20"));
        editor().header("If-Match", "\"0\"").delete(TERMS + "/" + id).then().statusCode(409)
                .body("rule", equalTo("committee.term.has-members"));
        editor().get(TERMS + "/" + id).then().statusCode(200);
    }

    @Test
    void aCallerOfAnotherCountyCanNeitherReadNorWriteTheTerms() {
        Fixtures.countyWithTown("150632", "107");
        Fixtures.region("150632107201", "辖区村");
        int id = term("150632107201", 2021, "2021-03-01");
        otherCounty("150636").get(TERMS + "/" + id).then().statusCode(403)
                .body("rule", equalTo("problem.forbidden.region"));
        otherCounty("150636").queryParam("region", "150632").get(TERMS).then().statusCode(403);
        otherCounty("150636").get(TERMS).then().statusCode(200).body("total", equalTo(0));
        otherCounty("150636").body(Map.of("regionCode", "150632107201", "termYear", 2018, "electionDate", "2018-03-01"))
                .post(TERMS).then().statusCode(403);
        otherCounty("150636").header("If-Match", "\"0\"")
                .body(Map.of("regionCode", "150632107201", "termYear", 2021, "electionDate", "2021-03-02"))
                .put(TERMS + "/" + id).then().statusCode(403);
        otherCounty("150636").header("If-Match", "\"0\"").delete(TERMS + "/" + id).then().statusCode(403);
        otherCounty("150636").queryParam("region", "150632").queryParam("year", 2021).get(TERMS + "/statistics")
                .then().statusCode(403);
        editor().get(TERMS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("electionDate", equalTo("2021-03-01"));
        assertEquals(1, termTotal("150632107201"));
    }
}
