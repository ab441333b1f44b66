package org.ruralrevival.organization.committee;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.committee.CommitteeFixtures.addMember;
import static org.ruralrevival.organization.committee.CommitteeFixtures.member;
import static org.ruralrevival.organization.committee.CommitteeFixtures.memberTotal;
import static org.ruralrevival.organization.committee.CommitteeFixtures.otherCounty;
import static org.ruralrevival.organization.committee.CommitteeFixtures.term;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

@QuarkusTest
class CommitteeMemberResourceTest {

    private static final String MEMBERS = "/api/v1/committee-members";

    @Test
    void addsAMemberWithPostsAndShowsOneShoulderAgeAndEducation() {
        Fixtures.countyWithTown("150633", "101");
        Fixtures.region("150633101201", "一肩挑村");
        int termId = term("150633101201", 2021, "2021-03-15");
        var body = member(termId, "张书记", "MALE", "1975-03-15", "JUNIOR_COLLEGE", "VILLAGE_DIRECTOR",
                "PARTY_SECRETARY");
        body.put("ethnicity", "蒙古族");
        body.put("partyMemberId", 5001);
        int id = editor().body(body).post(MEMBERS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("termId", equalTo(termId))
                .body("regionCode", equalTo("150633101201"))
                .body("termYear", equalTo(2021))
                .body("posts", contains("PARTY_SECRETARY", "VILLAGE_DIRECTOR"))
                .body("oneShoulder", equalTo(true))
                .body("ageAtElection", equalTo(46))
                .body("collegeOrAbove", equalTo(true))
                .body("ethnicity", equalTo("蒙古族"))
                .body("partyMemberId", equalTo(5001))
                .extract().path("id");
        // 中专 is not college; the day before the 40th birthday is still 39.
        editor().body(member(termId, "李委员", "FEMALE", "1981-03-16", "TECHNICAL_SECONDARY", "PARTY_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(201)
                .body("oneShoulder", equalTo(false)).body("collegeOrAbove", equalTo(false))
                .body("ageAtElection", equalTo(39)).body("partyMemberId", equalTo(null));

        editor().get(MEMBERS + "/" + id).then().statusCode(200).body("name", equalTo("张书记"));
        editor().queryParam("termId", termId).get(MEMBERS).then().statusCode(200).body("total", equalTo(2));
        editor().queryParam("region", "150633101").queryParam("year", 2021).get(MEMBERS).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].name", equalTo("张书记"));
        editor().queryParam("region", "150633101").queryParam("year", 2018).get(MEMBERS).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void refusesASecondSecretaryOrDirectorInTheSameTerm() {
        Fixtures.countyWithTown("150633", "102");
        Fixtures.region("150633102201", "书记村");
        int termId = term("150633102201", 2021, "2021-03-15");
        int secretary = addMember(termId, "赵书记", "MALE", "1970-06-01", "SENIOR_HIGH", "PARTY_SECRETARY");
        addMember(termId, "钱主任", "FEMALE", "1985-04-10", "MASTER", "VILLAGE_DIRECTOR");

        editor().body(member(termId, "孙某", "MALE", "1980-01-01", "BACHELOR", "PARTY_SECRETARY")).post(MEMBERS)
                .then().statusCode(409).body("rule", equalTo("committee.member.post-taken"));
        editor().body(member(termId, "孙某", "MALE", "1980-01-01", "BACHELOR", "PARTY_DEPUTY_SECRETARY",
                "VILLAGE_DIRECTOR")).post(MEMBERS)
                .then().statusCode(409).body("rule", equalTo("committee.member.post-taken"));
        assertEquals(2, memberTotal(termId));

        // Keeping one's own post is no clash; taking the director's is.
        editor().header("If-Match", "\"0\"")
                .body(member(termId, "赵书记", "MALE", "1970-06-01", "BACHELOR", "PARTY_SECRETARY"))
                .put(MEMBERS + "/" + secretary).then().statusCode(200).body("education", equalTo("BACHELOR"));
        editor().header("If-Match", "\"1\"")
                .body(member(termId, "赵书记", "MALE", "1970-06-01", "BACHELOR", "PARTY_SECRETARY", "VILLAGE_DIRECTOR"))
                .put(MEMBERS + "/" + secretary).then().statusCode(409).body("rule", equalTo("committee.member.post-taken"));
        editor().get(MEMBERS + "/" + secretary).then().header("ETag", equalTo("\"1\""))
                .body("posts", contains("PARTY_SECRETARY")).body("oneShoulder", equalTo(false));

        // Another term of the same village has its own secretary.
        int earlier = term("150633102201", 2018, "2018-03-15");
        addMember(earlier, "赵书记", "MALE", "1970-06-01", "SENIOR_HIGH", "PARTY_SECRETARY");
    }

    @Test
    void refusesNoPostsAndTwoPostsInOneCommittee() {
        Fixtures.countyWithTown("150633", "103");
        Fixtures.region("150633103201", "职务村");
        int termId = term("150633103201", 2021, "2021-03-15");
        editor().body(member(termId, "某人", "MALE", "1980-01-01", "BACHELOR", "PARTY_SECRETARY",
                "PARTY_DEPUTY_SECRETARY")).post(MEMBERS)
                .then().statusCode(400).body("errors[0].field", equalTo("posts"))
                .body("errors[0].rule", equalTo("committee.member.posts.one-per-committee"));
        editor().body(member(termId, "某人", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_DEPUTY_DIRECTOR",
                "VILLAGE_COMMITTEE_MEMBER")).post(MEMBERS)
                .then().statusCode(400).body("errors[0].rule", equalTo("committee.member.posts.one-per-committee"));
        editor().body(member(termId, "某人", "MALE", "1980-01-01", "BACHELOR")).post(MEMBERS)
                .then().statusCode(400).body("errors[0].field", equalTo("posts"));
        editor().body(member(termId, "某人", "MALE", "1980-01-01", "BACHELOR", "CHAIRMAN")).post(MEMBERS)
                .then().statusCode(400).body("errors[0].rule", equalTo("json.enum"));
        assertEquals(0, memberTotal(termId));
    }

    @Test
    void refusesABirthDateNotBeforeTheElectionAndAMemberUnder18() {
        Fixtures.countyWithTown("150633", "104");
        Fixtures.region("150633104201", "年龄村");
        int termId = term("150633104201", 2021, "2021-05-20");
        editor().body(member(termId, "某人", "MALE", "2021-05-20", "PRIMARY", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(400).body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].rule", equalTo("committee.member.birth-date.after-election"));
        editor().body(member(termId, "某人", "MALE", "2003-05-21", "PRIMARY", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(422).body("rule", equalTo("committee.member.under-age"));
        assertEquals(0, memberTotal(termId));
        editor().body(member(termId, "某人", "MALE", "2003-05-20", "PRIMARY", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(201).body("ageAtElection", equalTo(18));
    }

    @Test
    void refusesAMissingTermAndUnknownGenderOrEducation() {
        Fixtures.countyWithTown("150633", "105");
        Fixtures.region("150633105201", "枚举村");
        int termId = term("150633105201", 2021, "2021-05-20");
        editor().body(member(999_999_999, "某人", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(422).body("rule", equalTo("committee.member.term.missing"));
        editor().body(member(termId, "某人", "M", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(400).body("errors[0].field", equalTo("gender"));
        editor().body(member(termId, "某人", "MALE", "1980-01-01", "COLLEGE", "VILLAGE_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(400).body("errors[0].field", equalTo("education"));
        var noName = member(termId, " ", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER");
        editor().body(noName).post(MEMBERS).then().statusCode(400).body("errors[0].field", equalTo("name"));
        var typo = member(termId, "某人", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER");
        typo.put("ethnicty", "汉族");
        editor().body(typo).post(MEMBERS).then().statusCode(400).body("errors[0].rule", equalTo("json.unknown-property"));
        assertEquals(0, memberTotal(termId));
    }

    @Test
    void resendingWithTheSameExternalRefUpdatesTheMember() {
        Fixtures.countyWithTown("150633", "106");
        Fixtures.region("150633106201", "同步村");
        int termId = term("150633106201", 2021, "2021-05-20");
        Map<String, Object> body = new HashMap<>(member(termId, "吴委员", "FEMALE", "1990-01-01", "SENIOR_HIGH",
                "VILLAGE_COMMITTEE_MEMBER"));
        body.put("externalRef", Map.of("system", "nm-dangjian", "id", "M-1"));
        int id = editor().body(body).post(MEMBERS).then().statusCode(201).extract().path("id");
        body.put("education", "BACHELOR");
        body.put("posts", List.of("VILLAGE_DEPUTY_DIRECTOR"));
        editor().body(body).post(MEMBERS).then().statusCode(200).body("id", equalTo(id))
                .body("education", equalTo("BACHELOR")).body("posts", contains("VILLAGE_DEPUTY_DIRECTOR"))
                .header("ETag", equalTo("\"1\""));
        assertEquals(1, memberTotal(termId));
    }

    @Test
    void changesAndDeletesNeedTheVersionThatWasRead() {
        Fixtures.countyWithTown("150633", "107");
        Fixtures.region("150633107201", "版本村");
        int termId = term("150633107201", 2021, "2021-05-20");
        int id = addMember(termId, "郑委员", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER");
        var renamed = member(termId, "郑委员改", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER");
        editor().body(renamed).put(MEMBERS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"3\"").body(renamed).put(MEMBERS + "/" + id).then().statusCode(412);
        editor().get(MEMBERS + "/" + id).then().body("name", equalTo("郑委员"));
        editor().header("If-Match", "\"0\"").body(renamed).put(MEMBERS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("郑委员改"));
        editor().delete(MEMBERS + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete(MEMBERS + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete(MEMBERS + "/" + id).then().statusCode(204);
        editor().get(MEMBERS + "/" + id).then().statusCode(404);
        assertEquals(0, memberTotal(termId));
    }

    @Test
    void aCallerOfAnotherCountyCanNeitherReadNorWriteTheMembers() {
        Fixtures.countyWithTown("150633", "108");
        Fixtures.region("150633108201", "辖区村");
        int termId = term("150633108201", 2021, "2021-05-20");
        int id = addMember(termId, "王委员", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER");
        otherCounty("150636").get(MEMBERS + "/" + id).then().statusCode(403);
        otherCounty("150636").queryParam("region", "150633").get(MEMBERS).then().statusCode(403);
        otherCounty("150636").queryParam("termId", termId).get(MEMBERS).then().statusCode(200)
                .body("total", equalTo(0));
        otherCounty("150636").body(member(termId, "越权", "MALE", "1980-01-01", "BACHELOR", "PARTY_COMMITTEE_MEMBER"))
                .post(MEMBERS).then().statusCode(403);
        otherCounty("150636").header("If-Match", "\"0\"")
                .body(member(termId, "越权", "MALE", "1980-01-01", "BACHELOR", "VILLAGE_COMMITTEE_MEMBER"))
                .put(MEMBERS + "/" + id).then().statusCode(403);
        otherCounty("150636").header("If-Match", "\"0\"").delete(MEMBERS + "/" + id).then().statusCode(403);
        editor().get(MEMBERS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo("王委员"));
        assertEquals(1, memberTotal(termId));
    }
}
