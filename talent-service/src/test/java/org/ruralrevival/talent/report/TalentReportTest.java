package org.ruralrevival.talent.report;

import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

/**
 * One hand-computed county, 620129 (town 101, villages 201–203), every figure of 2021:
 * reserve cadres 201: 2, 202: 1, 203: 0 → 3 cadres in 3 known villages, 1.00 per village, 2 short, 0 above;
 * recruits admitted 2021-07-01 in 201 (RETURNING_GRADUATE) and 2021-09-15 in 203 (VETERAN), an applicant in 202
 * → 2 admitted, 1 blank village (202);
 * 双培双带: member→leader achieved 2021-06-01 (a village cadre), leader→member 2021-10-01, target 2025
 * member→leader 80% of 5 → 4 needed, 1 achieved, 3 to go;
 * trainings 2021-04-01 (A, B; 3 h) and 2021-05-01 (A; 2 h) → 2 sessions, 2 people, 3 person-times, 5.0 hours;
 * a first secretary in 201 since 2020 with 2021 outcomes 2 projects, 150,000.50 yuan, 10 opinions, 4 problems;
 * bounties: one posted 2021-02-01, claimed 2021-03-01, completed 2021-08-01 (80,000 yuan, 6 points), one open;
 * one expert with 2 sessions and 40 people trained in 2021.
 */
@QuarkusTest
class TalentReportTest {

    private static boolean built;

    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        cadre("620129101201", "SECRETARY_SUCCESSOR");
        cadre("620129101201", "WEALTH_LEADER");
        cadre("620129101202", "COLLEGE_EDUCATED");

        admitted("620129101201", LocalDate.of(2021, 7, 1), "RETURNING_GRADUATE");
        admitted("620129101203", LocalDate.of(2021, 9, 15), "VETERAN");
        editor().body(recruit("620129101202", LocalDate.of(2021, 2, 1), "OTHER")).post("/api/v1/recruits")
                .then().statusCode(201);

        editor().body(Map.of("kind", "MEMBER_TO_LEADER", "villageCode", "620129101201", "personName", "马永福",
                "villageCadre", true, "startedOn", "2020-03-01", "achievedOn", "2021-06-01"))
                .post("/api/v1/wealth-leaders").then().statusCode(201);
        editor().body(Map.of("kind", "LEADER_TO_MEMBER", "villageCode", "620129101202", "personName", "白海军",
                "startedOn", "2020-03-01", "achievedOn", "2021-10-01")).post("/api/v1/wealth-leaders").then().statusCode(201);
        editor().body(Map.of("regionCode", "620129000000", "year", 2025, "kind", "MEMBER_TO_LEADER",
                "targetPercent", 80, "baseCount", 5)).post("/api/v1/wealth-leaders/targets").then().statusCode(201);

        var a = Map.of("name", "王建国", "memberId", 1001);
        var b = Map.of("name", "李红");
        editor().body(Map.of("regionCode", "620129101000", "date", "2021-04-01", "topic", "头雁培训", "organizer", "镇党委",
                "hours", 3, "attendees", List.of(a, b))).post("/api/v1/trainings").then().statusCode(201);
        editor().body(Map.of("regionCode", "620129101201", "date", "2021-05-01", "topic", "党课", "organizer", "村党支部",
                "hours", 2, "attendees", List.of(a))).post("/api/v1/trainings").then().statusCode(201);

        int dispatch = editor().body(Map.of("kind", "FIRST_SECRETARY", "personName", "刘志强", "unit", "县财政局",
                "villageCode", "620129101201", "from", "2020-01-01")).post("/api/v1/dispatches")
                .then().statusCode(201).extract().path("id");
        editor().header("If-Match", "\"0\"").body(Map.of("projects", 2, "funds", new BigDecimal("150000.50"),
                "opinions", 10, "problemsSolved", 4)).put("/api/v1/dispatches/" + dispatch + "/outcomes/2021")
                .then().statusCode(200);

        int bounty = editor().body(Map.of("regionCode", "620129101000", "title", "修渠", "postedOn", "2021-02-01"))
                .post("/api/v1/bounties").then().statusCode(201).extract().path("id");
        editor().body(Map.of("claimantKind", "UNIT", "claimantName", "县水利局", "date", "2021-03-01"))
                .post("/api/v1/bounties/" + bounty + "/claim").then().statusCode(200);
        editor().body(Map.of("date", "2021-08-01", "fundsSpent", 80000, "points", 6))
                .post("/api/v1/bounties/" + bounty + "/complete").then().statusCode(200);
        editor().body(Map.of("regionCode", "620129101201", "title", "建冷库", "postedOn", "2021-05-01"))
                .post("/api/v1/bounties").then().statusCode(201);

        int expert = editor().body(Map.of("name", "高志远", "kind", "EXPERT", "field", "农技", "regionCode", "620129000000"))
                .post("/api/v1/experts").then().statusCode(201).extract().path("id");
        editor().body(Map.of("date", "2021-06-01", "sessions", 2, "peopleTrained", 40))
                .post("/api/v1/experts/" + expert + "/services").then().statusCode(201);
    }

    @Test
    void reportsEveryTalentFigureOfTheYearWithItsUnit() {
        editor().queryParam("region", "620129").queryParam("year", 2021).get("/api/v1/reports/talent")
                .then().statusCode(200)
                .body("region", equalTo("620129000000"))
                .body("from", equalTo("2021-01-01")).body("to", equalTo("2021-12-31"))
                .body("reserveCadres.count.value", equalTo(3)).body("reserveCadres.count.unit", equalTo("persons"))
                .body("reserveCadres.villages.value", equalTo(3))
                .body("reserveCadres.perVillage.value", equalTo(1.00f))
                .body("reserveCadres.perVillage.unit", equalTo("persons per village"))
                .body("reserveCadres.villagesShort.value", equalTo(2))
                .body("reserveCadres.villagesAbove.value", equalTo(0))
                .body("recruitment.admitted.value", equalTo(2))
                .body("recruitment.bySource.RETURNING_GRADUATE.value", equalTo(1))
                .body("recruitment.bySource.VETERAN.value", equalTo(1))
                .body("recruitment.bySource.YOUNG_FARMER.value", equalTo(0))
                .body("recruitment.blankVillages.value", equalTo(1))
                .body("recruitment.blankVillages.unit", equalTo("villages"))
                .body("wealthLeaders.memberToLeader.value", equalTo(1))
                .body("wealthLeaders.leaderToMember.value", equalTo(1))
                .body("wealthLeaders.cadreToLeader.value", equalTo(1))
                .body("wealthLeaders.targets[0].targetCount", equalTo(4))
                .body("wealthLeaders.targets[0].progress.achieved", equalTo(1))
                .body("wealthLeaders.targets[0].progress.remaining", equalTo(3))
                .body("wealthLeaders.targets[0].progress.asOf", equalTo("2021-12-31"))
                .body("training.sessions.value", equalTo(2))
                .body("training.people.value", equalTo(2))
                .body("training.personTimes.value", equalTo(3)).body("training.personTimes.unit", equalTo("person-times"))
                .body("training.hours.value", equalTo(5.0f))
                .body("dispatches.dispatched.value", equalTo(1))
                .body("dispatches.firstSecretaries.value", equalTo(1))
                .body("dispatches.projects.value", equalTo(2))
                .body("dispatches.funds.value", equalTo(150000.50f)).body("dispatches.funds.unit", equalTo("yuan"))
                .body("dispatches.opinions.value", equalTo(10))
                .body("dispatches.problemsSolved.value", equalTo(4))
                .body("bounties.posted.value", equalTo(2))
                .body("bounties.open.value", equalTo(1))
                .body("bounties.claimed.value", equalTo(0))
                .body("bounties.completed.value", equalTo(1))
                .body("bounties.fundsSpent.value", equalTo(80000.00f))
                .body("bounties.points.value", equalTo(6))
                .body("experts.experts.value", equalTo(1))
                .body("experts.serviceSessions.value", equalTo(2))
                .body("experts.peopleTrained.value", equalTo(40));
    }

    @Test
    void aYearWithNothingRecordedReportsZeros() {
        editor().queryParam("region", "620129").queryParam("year", 2019).get("/api/v1/reports/talent")
                .then().statusCode(200)
                .body("recruitment.admitted.value", equalTo(0))
                .body("training.sessions.value", equalTo(0))
                .body("dispatches.funds.value", equalTo(0.0f))
                .body("bounties.completed.value", equalTo(0))
                .body("reserveCadres.count.value", equalTo(0));
    }

    @Test
    void refusesBadParametersAndRegionsOutsideTheCallersScope() {
        editor().queryParam("year", "two thousand").get("/api/v1/reports/talent").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().queryParam("region", "62012").get("/api/v1/reports/talent").then().statusCode(400)
                .body("errors[0].rule", equalTo("region.filter"));
        Fixtures.as("viewer", "620123000000").queryParam("region", "620129").get("/api/v1/reports/talent")
                .then().statusCode(403);
        Fixtures.as("viewer", "620129000000").queryParam("year", 2021).get("/api/v1/reports/talent")
                .then().statusCode(200).body("region", equalTo("620129000000"))
                .body("recruitment.admitted.value", equalTo(2));
    }

    private static void cadre(String village, String category) {
        editor().body(Map.of("villageCode", village, "name", "张晓燕", "gender", "FEMALE", "birthDate", "1994-08-12",
                "education", "BACHELOR", "category", category, "partyMember", true, "reservedOn", "2021-03-01"))
                .post("/api/v1/reserve-cadres").then().statusCode(201);
    }

    private static Map<String, Object> recruit(String village, LocalDate applied, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "申请人");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1995, 6, 1), true));
        body.put("villageCode", village);
        body.put("source", source);
        body.put("applicationDate", applied.toString());
        return body;
    }

    private static void admitted(String village, LocalDate meeting, String source) {
        LocalDate applied = meeting.minusMonths(20);
        int id = editor().body(recruit(village, applied, source)).post("/api/v1/recruits").then().statusCode(201)
                .extract().path("id");
        String steps = "/api/v1/recruits/" + id + "/transitions";
        editor().body(Map.of("kind", "ACTIVIST", "date", applied.plusMonths(1).toString(),
                "talkDate", applied.plusDays(10).toString())).post(steps).then().statusCode(201);
        editor().body(Map.of("kind", "DEVELOPMENT_TARGET", "date", applied.plusMonths(13).toString(),
                "cultivators", List.of(Map.of("name", "甲"), Map.of("name", "乙")))).post(steps).then().statusCode(201);
        Map<String, Object> admission = new HashMap<>();
        admission.put("kind", "PROBATIONARY");
        admission.put("date", meeting.plusMonths(1).toString());
        admission.put("introducers", List.of(Map.of("name", "甲"), Map.of("name", "丙")));
        admission.put("trainingHours", 24);
        admission.put("branchMeetingDate", meeting.toString());
        admission.put("votesEntitled", 15);
        admission.put("votesPresent", 12);
        admission.put("votesFor", 12);
        editor().body(admission).post(steps).then().statusCode(201);
    }
}
