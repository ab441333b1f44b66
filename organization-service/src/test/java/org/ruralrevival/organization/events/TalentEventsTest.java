package org.ruralrevival.organization.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.admin;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.member.MemberFixtures;

@QuarkusTest
@QuarkusTestResource(TalentStub.class)
class TalentEventsTest {

    private static final AtomicLong IDS = new AtomicLong(7000);
    private static final LocalDate BORN = LocalDate.of(1995, 6, 1);

    private static ValidatableResponse deliver(String id, String type, Map<String, Object> data) {
        var event = Map.of("specversion", "1.0", "id", id, "source", "urn:ruralrevival:talent", "type", type,
                "subject", "1", "data", data);
        return as("service").contentType("application/cloudevents+json; charset=UTF-8").body(event).post("/api/v1/events").then();
    }

    /** A branch in a village of a fresh county; returns its organization id. */
    private static int branch(String county6) {
        Fixtures.countyWithTown(county6, "101");
        Fixtures.ensureRegion(county6 + "101201", "村" + county6);
        return MemberFixtures.organization("中共" + county6 + "村支部委员会", "BRANCH", null, county6 + "101201");
    }

    /** What talent-service's RecruitAdmitted record carries (ID number masked). */
    private static Map<String, Object> admitted(long recruitId, int branchId, String village) {
        Map<String, Object> data = new HashMap<>();
        data.put("recruitId", recruitId);
        data.put("name", "李明");
        data.put("gender", "MALE");
        data.put("birthDate", BORN.toString());
        data.put("idNumberMasked", "6201**********0012");
        data.put("personalDataUrl", "/api/v1/recruits/" + recruitId);
        data.put("villageCode", village);
        data.put("branchId", branchId);
        data.put("source", "RETURNING_GRADUATE");
        data.put("status", "PROBATIONARY");
        data.put("joinedOn", "2021-06-20");
        data.put("approvalDate", "2021-07-01");
        data.put("probationEnds", "2022-06-20");
        data.put("applicationDate", "2019-03-01");
        data.put("activistDate", "2019-04-10");
        data.put("developmentTargetDate", "2020-04-20");
        data.put("introducers", List.of(Map.of("name", "王建国", "memberId", 10234), Map.of("name", "赵强")));
        return data;
    }

    private static ValidatableResponse byIdNumber(String idNumber) {
        return admin().queryParam("idNumber", idNumber).get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void admissionCreatesTheProbationaryMemberWithTheFullIdNumberFromTalent() {
        int branch = branch("152781");
        long recruit = IDS.incrementAndGet();
        String idNumber = MemberFixtures.idNumber("620123", BORN, 11);
        TalentStub.ID_NUMBERS.put(recruit, idNumber);
        String eventId = UUID.randomUUID().toString();

        deliver(eventId, "org.ruralrevival.recruit-admitted.created", admitted(recruit, branch, "152781101201"))
                .statusCode(200).body("outcome", equalTo("APPLIED"));

        byIdNumber(idNumber).body("total", equalTo(1))
                .body("items[0].name", equalTo("李明"))
                .body("items[0].idNumber", equalTo(idNumber))
                .body("items[0].status", equalTo("PROBATIONARY"))
                .body("items[0].joinedOn", equalTo("2021-06-20"))
                .body("items[0].fullMemberOn", equalTo(null))
                .body("items[0].organizationId", equalTo(branch))
                .body("items[0].gender", equalTo("MALE"))
                .body("items[0].birthDate", equalTo(BORN.toString()))
                .body("items[0].externalRef.system", equalTo("talent"))
                .body("items[0].externalRef.id", equalTo(String.valueOf(recruit)));
        assertTrue(TalentStub.AUTHORIZATION.stream().allMatch(h -> h.startsWith("Bearer ")));

        // The same event again changes nothing.
        deliver(eventId, "org.ruralrevival.recruit-admitted.created", admitted(recruit, branch, "152781101201"))
                .statusCode(200).body("outcome", equalTo("DUPLICATE"));
        byIdNumber(idNumber).body("total", equalTo(1));
        // A re-sent admission (a new event id) updates the same member instead of adding one.
        var corrected = admitted(recruit, branch, "152781101201");
        corrected.put("joinedOn", "2021-06-21");
        deliver(UUID.randomUUID().toString(), "org.ruralrevival.recruit-admitted.created", corrected)
                .statusCode(200).body("outcome", equalTo("APPLIED"));
        byIdNumber(idNumber).body("total", equalTo(1)).body("items[0].joinedOn", equalTo("2021-06-21"));
    }

    @Test
    void admissionIsRefusedWhileTalentDoesNotAnswerAndAppliedWhenSentAgain() {
        int branch = branch("152782");
        long recruit = IDS.incrementAndGet();
        String idNumber = MemberFixtures.idNumber("620123", BORN, 13);
        TalentStub.ID_NUMBERS.put(recruit, idNumber);
        String eventId = UUID.randomUUID().toString();
        var data = admitted(recruit, branch, "152782101201");

        TalentStub.UP.set(false);
        try {
            deliver(eventId, "org.ruralrevival.recruit-admitted.created", data).statusCode(503)
                    .body("rule", equalTo("event.talent.unavailable"));
        } finally {
            TalentStub.UP.set(true);
        }
        byIdNumber(idNumber).body("total", equalTo(0));
        // The sender retries the same event; it was not recorded as applied, so now it is.
        deliver(eventId, "org.ruralrevival.recruit-admitted.created", data).statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        byIdNumber(idNumber).body("total", equalTo(1)).body("items[0].status", equalTo("PROBATIONARY"));
    }

    @Test
    void refusesMalformedAdmissionsWithoutStoringAnything() {
        int branch = branch("152783");
        long recruit = IDS.incrementAndGet();
        String idNumber = MemberFixtures.idNumber("620123", BORN, 15);
        TalentStub.ID_NUMBERS.put(recruit, idNumber);
        String type = "org.ruralrevival.recruit-admitted.created";

        var noBranch = admitted(recruit, branch, "152783101201");
        noBranch.remove("branchId");
        noBranch.remove("joinedOn");
        deliver(UUID.randomUUID().toString(), type, noBranch).statusCode(400)
                .body("errors.field", hasItem("data.branchId")).body("errors.field", hasItem("data.joinedOn"));
        var badDate = admitted(recruit, branch, "152783101201");
        badDate.put("joinedOn", "21.06.2021");
        deliver(UUID.randomUUID().toString(), type, badDate).statusCode(400);
        var badGender = admitted(recruit, branch, "152783101201");
        badGender.put("gender", "X");
        deliver(UUID.randomUUID().toString(), type, badGender).statusCode(400);
        var unknownBranch = admitted(recruit, 99_999_999, "152783101201");
        deliver(UUID.randomUUID().toString(), type, unknownBranch).statusCode(422)
                .body("rule", equalTo("member.organization.missing"));
        var unknownRecruit = admitted(IDS.incrementAndGet(), branch, "152783101201");
        deliver(UUID.randomUUID().toString(), type, unknownRecruit).statusCode(422)
                .body("rule", equalTo("event.recruit.missing-at-talent"));
        as("service").contentType("application/cloudevents+json; charset=UTF-8")
                .body(Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(), "source", "s", "type", type,
                        "data", List.of(1, 2)))
                .post("/api/v1/events").then().statusCode(400);

        byIdNumber(idNumber).body("total", equalTo(0));
        admin().queryParam("organizationId", branch).get("/api/v1/members").then().body("total", equalTo(0));
    }

    /** What talent-service's CadreAppointed record carries. */
    private static Map<String, Object> appointed(long cadreId, String village, int termYear, String post) {
        Map<String, Object> data = new HashMap<>();
        data.put("reserveCadreId", cadreId);
        data.put("villageCode", village);
        data.put("name", "张晓燕");
        data.put("gender", "FEMALE");
        data.put("birthDate", "1994-08-12");
        data.put("education", "POSTGRADUATE");
        data.put("collegeOrAbove", true);
        data.put("partyMember", true);
        data.put("post", post);
        data.put("appointedOn", "2021-07-15");
        data.put("termYear", termYear);
        return data;
    }

    private static ValidatableResponse committeeOf(int termId) {
        return editor().queryParam("termId", termId).get("/api/v1/committee-members").then().statusCode(200);
    }

    @Test
    void appointmentAddsTheCadreToTheVillagesTermWithTheMappedPost() {
        Fixtures.countyWithTown("152784", "101");
        Fixtures.ensureRegion("152784101201", "任职村");
        int term = editor().body(Map.of("regionCode", "152784101201", "termYear", 2021, "electionDate", "2021-03-10"))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
        long cadre = IDS.incrementAndGet();
        String eventId = UUID.randomUUID().toString();
        String type = "org.ruralrevival.reserve-cadre-appointed.created";

        deliver(eventId, type, appointed(cadre, "152784101201", 2021, "SECRETARY_AND_DIRECTOR")).statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        committeeOf(term).body("total", equalTo(1))
                .body("items[0].name", equalTo("张晓燕"))
                .body("items[0].gender", equalTo("FEMALE"))
                .body("items[0].birthDate", equalTo("1994-08-12"))
                .body("items[0].education", equalTo("MASTER"))
                .body("items[0].posts", equalTo(List.of("PARTY_SECRETARY", "VILLAGE_DIRECTOR")))
                .body("items[0].externalRef.system", equalTo("talent"))
                .body("items[0].externalRef.id", equalTo(String.valueOf(cadre)));

        deliver(eventId, type, appointed(cadre, "152784101201", 2021, "SECRETARY_AND_DIRECTOR")).statusCode(200)
                .body("outcome", equalTo("DUPLICATE"));
        // Re-sent with another post: the same member, now deputy secretary.
        deliver(UUID.randomUUID().toString(), type, appointed(cadre, "152784101201", 2021, "DEPUTY_SECRETARY"))
                .statusCode(200);
        committeeOf(term).body("total", equalTo(1)).body("items[0].posts", equalTo(List.of("PARTY_DEPUTY_SECRETARY")));
    }

    @Test
    void appointmentToAVillageWithoutATermForTheYearIsRefusedAndStoresNothing() {
        Fixtures.countyWithTown("152785", "101");
        Fixtures.ensureRegion("152785101201", "无届次村");
        int term = editor().body(Map.of("regionCode", "152785101201", "termYear", 2018, "electionDate", "2018-03-10"))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
        String type = "org.ruralrevival.reserve-cadre-appointed.created";
        String eventId = UUID.randomUUID().toString();

        deliver(eventId, type, appointed(IDS.incrementAndGet(), "152785101201", 2021, "DIRECTOR")).statusCode(422)
                .body("rule", equalTo("event.cadre.term.missing"));
        var badPost = appointed(IDS.incrementAndGet(), "152785101201", 2018, "CHAIRMAN");
        deliver(UUID.randomUUID().toString(), type, badPost).statusCode(400).body("errors.field", hasItem("data.post"));
        var noName = appointed(IDS.incrementAndGet(), "152785101201", 2018, "DIRECTOR");
        noName.remove("name");
        noName.put("termYear", "soon");
        deliver(UUID.randomUUID().toString(), type, noName).statusCode(400);

        committeeOf(term).body("total", equalTo(0));
        editor().queryParam("region", "152785").get("/api/v1/committee-members").then().body("total", equalTo(0));
        // Refused events are not recorded as applied: the retry after the term is recorded applies it.
        int later = editor().body(Map.of("regionCode", "152785101201", "termYear", 2021, "electionDate", "2021-03-10"))
                .post("/api/v1/committee-terms").then().statusCode(201).extract().path("id");
        deliver(eventId, type, appointed(IDS.get() - 2, "152785101201", 2021, "DIRECTOR")).statusCode(200)
                .body("outcome", equalTo("APPLIED"));
        committeeOf(later).body("total", equalTo(1)).body("items[0].posts", equalTo(List.of("VILLAGE_DIRECTOR")));
        assertEquals(0, (int) committeeOf(term).extract().path("total"));
    }
}
