package org.ruralrevival.talent.recruit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.talent.Fixtures.admin;
import static org.ruralrevival.talent.Fixtures.as;
import static org.ruralrevival.talent.Fixtures.editor;
import static org.ruralrevival.talent.recruit.RecruitSteps.APPLIED;
import static org.ruralrevival.talent.recruit.RecruitSteps.MEETING;
import static org.ruralrevival.talent.recruit.RecruitSteps.applicant;
import static org.ruralrevival.talent.recruit.RecruitSteps.create;
import static org.ruralrevival.talent.recruit.RecruitSteps.simple;
import static org.ruralrevival.talent.recruit.RecruitSteps.step;
import static org.ruralrevival.talent.recruit.RecruitSteps.targetOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

@QuarkusTest
class RecruitResourceTest {

    private static long countIn(String village) {
        return Fixtures.count("SELECT COUNT(*) FROM recruit WHERE village_code = ?1", village);
    }

    @Test
    void recordsAnApplicantWithTheIdNumberEncryptedAndMasked() {
        var body = RecruitSteps.applicant("620123105201", APPLIED, "RETURNING_GRADUATE");
        String idNumber = (String) body.get("idNumber");
        String location = editor().body(body).post("/api/v1/recruits").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("stage", equalTo("APPLICANT"))
                .body("gender", equalTo("MALE"))
                .body("birthDate", equalTo("1995-06-01"))
                .body("ageAtApplication", equalTo(22))
                .body("idNumber", equalTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
                .extract().header("Location");
        admin().get(location).then().statusCode(200).body("idNumber", equalTo(idNumber));
        as("viewer").get(location).then().statusCode(200).body("idNumber", not(equalTo(idNumber)));

        List<?> stored = Fixtures.sql("SELECT id_number_encrypted FROM recruit WHERE village_code = ?1", "620123105201");
        assertFalse(stored.get(0).toString().contains(idNumber.substring(6, 14)));
        JsonPath feed = Fixtures.changesAfter(0);
        List<String> fed = feed.getList("items.findAll { it.entity == 'recruit' }.data.idNumber");
        assertTrue(fed.stream().noneMatch(idNumber::equals));
    }

    @Test
    void refusesAnApplicantUnder18() {
        var young = RecruitSteps.applicant("620123105202", APPLIED, "YOUNG_FARMER");
        young.put("idNumber", Fixtures.idNumber(LocalDate.of(2000, 3, 2), false));
        editor().body(young).post("/api/v1/recruits").then().statusCode(422)
                .body("rule", equalTo("recruit.applicant.age"));
        assertEquals(0, countIn("620123105202"));
        young.put("applicationDate", "2018-03-02");
        editor().body(young).post("/api/v1/recruits").then().statusCode(201).body("gender", equalTo("FEMALE"))
                .body("ageAtApplication", equalTo(18));
    }

    @Test
    void refusesAnApplicationDatedInTheFuture() {
        var body = RecruitSteps.applicant("620123105203", LocalDate.now().plusDays(2), "OTHER");
        editor().body(body).post("/api/v1/recruits").then().statusCode(422).body("rule", equalTo("recruit.date.future"));
        assertEquals(0, countIn("620123105203"));
    }

    @Test
    void refusesBadIdNumbersAndDataThatContradictsThem() {
        var body = RecruitSteps.applicant("620123105204", APPLIED, "VETERAN");
        String good = (String) body.get("idNumber");
        body.put("idNumber", good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'));
        editor().body(body).post("/api/v1/recruits").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].rule", equalTo("idnumber.checksum"));
        body.put("idNumber", "62");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400).body("errors[0].rule", equalTo("idnumber.shape"));
        body.put("idNumber", good);
        body.put("birthDate", "1995-06-02");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400)
                .body("errors[0].rule", equalTo("recruit.id-number.birth-date"));
        body.put("birthDate", "1995-06-01");
        body.put("gender", "FEMALE");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400)
                .body("errors[0].rule", equalTo("recruit.id-number.gender"));
        body.put("gender", "MALE");
        body.put("villageCode", "620123105000");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode")).body("errors[0].rule", equalTo("talent.region.level"));
        body.put("villageCode", "62012310520");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400).body("errors[0].rule", equalTo("region.code.shape"));
        body.put("villageCode", "620123105204");
        body.put("source", "STUDENT");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400).body("errors[0].field", equalTo("source"));
        body.put("source", "VETERAN");
        body.put("applicationDate", "2018-13-01");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400).body("errors[0].field", equalTo("applicationDate"));
        assertEquals(0, countIn("620123105204"));
    }

    @Test
    void onePersonHasOneOpenRecruitmentAtATime() {
        var body = RecruitSteps.applicant("620123105205", APPLIED, "OTHER");
        long first = create(body);
        editor().body(body).post("/api/v1/recruits").then().statusCode(409).body("rule", equalTo("recruit.duplicate"))
                .body("detail", containsString(String.valueOf(first)));
        assertEquals(1, countIn("620123105205"));
        step(first, simple("WITHDRAWN", APPLIED.plusDays(10)));
        body.put("applicationDate", "2019-05-01");
        editor().body(body).post("/api/v1/recruits").then().statusCode(201);
    }

    @Test
    void correctionsNeedTheVersionAndKeepTheApplicationDateOnceAStepIsTaken() {
        var body = RecruitSteps.applicant("620123105206", APPLIED, "OTHER");
        long id = create(body);
        body.put("name", "李明");
        editor().body(body).put("/api/v1/recruits/" + id).then().statusCode(428);
        editor().header("If-Match", "\"3\"").body(body).put("/api/v1/recruits/" + id).then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(body).put("/api/v1/recruits/" + id).then().statusCode(200)
                .body("name", equalTo("李明")).header("ETag", equalTo("\"1\""));
        step(id, RecruitSteps.activist(LocalDate.of(2018, 4, 10), LocalDate.of(2018, 3, 20)));
        body.put("applicationDate", "2018-02-01");
        editor().header("If-Match", "\"2\"").body(body).put("/api/v1/recruits/" + id).then().statusCode(409)
                .body("rule", equalTo("recruit.application.fixed"));
        editor().header("If-Match", "\"2\"").delete("/api/v1/recruits/" + id).then().statusCode(409)
                .body("rule", equalTo("recruit.delete.has-steps"));
        editor().get("/api/v1/recruits/" + id).then().body("applicationDate", equalTo(APPLIED.toString()));

        long mistaken = applicant("620123105206", APPLIED);
        editor().header("If-Match", "\"0\"").delete("/api/v1/recruits/" + mistaken).then().statusCode(204);
        editor().get("/api/v1/recruits/" + mistaken).then().statusCode(404);
    }

    @Test
    void admissionAppendsTheEventOrganizationServiceNeeds() {
        long id = targetOf("620123105207");
        long before = Fixtures.lastChange();
        step(id, RecruitSteps.probationary(RecruitSteps.APPROVED, MEETING));
        JsonPath feed = Fixtures.changesAfter(before);
        assertEquals(List.of("recruit", "recruit-admitted"), feed.getList("items.entity"));
        String admitted = "items[1].data.";
        assertEquals(String.valueOf(id), feed.getString("items[1].key"));
        assertEquals("620123105207", feed.getString(admitted + "villageCode"));
        assertEquals("PROBATIONARY", feed.getString(admitted + "status"));
        assertEquals(MEETING.toString(), feed.getString(admitted + "joinedOn"));
        assertEquals(MEETING.plusYears(1).toString(), feed.getString(admitted + "probationEnds"));
        assertEquals("1995-06-01", feed.getString(admitted + "birthDate"));
        assertEquals("MALE", feed.getString(admitted + "gender"));
        assertEquals(42, feed.getInt(admitted + "branchId"));
        assertEquals("/api/v1/recruits/" + id, feed.getString(admitted + "personalDataUrl"));
        assertTrue(feed.getString(admitted + "idNumberMasked").contains("**********"));
        assertEquals(List.of("王建国", "赵强"), feed.getList(admitted + "introducers.name"));
    }

    @Test
    void aRefusedStepAppendsNothingToTheFeed() {
        long id = targetOf("620123105208");
        long before = Fixtures.lastChange();
        RecruitSteps.tryStep(id, simple("FULL_MEMBER", MEETING)).statusCode(422);
        assertEquals(before, Fixtures.lastChange());
    }

    @Test
    void listsByRegionStageAndSourceWithinTheCallersScope() {
        long a = applicant("620123106201", APPLIED);
        create(RecruitSteps.applicant("620123106202", APPLIED, "VETERAN"));
        step(a, RecruitSteps.activist(LocalDate.of(2018, 4, 10), LocalDate.of(2018, 3, 20)));
        editor().queryParam("region", "620123106").get("/api/v1/recruits").then().statusCode(200)
                .body("total", equalTo(2)).body("items.villageCode", everyItem(startsWith("620123106")));
        editor().queryParam("region", "620123106").queryParam("stage", "ACTIVIST").get("/api/v1/recruits")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo((int) a));
        editor().queryParam("region", "620123106").queryParam("source", "VETERAN").get("/api/v1/recruits")
                .then().body("total", equalTo(1)).body("items[0].villageCode", equalTo("620123106202"));
        editor().queryParam("stage", "PROMOTED").get("/api/v1/recruits").then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        editor().queryParam("branchId", "x").get("/api/v1/recruits").then().statusCode(400);

        var county = as("editor", "620124000000");
        county.get("/api/v1/recruits/" + a).then().statusCode(403);
        as("editor", "620124000000").queryParam("region", "620123").get("/api/v1/recruits").then().statusCode(403);
        as("editor", "620124000000").body(RecruitSteps.applicant("620123106203", APPLIED, "OTHER"))
                .post("/api/v1/recruits").then().statusCode(403);
        as("editor", "620124000000").body(simple("WITHDRAWN", LocalDate.of(2018, 5, 1)))
                .post("/api/v1/recruits/" + a + "/transitions").then().statusCode(403);
        assertEquals(0, countIn("620123106203"));
        editor().get("/api/v1/recruits/" + a).then().body("stage", equalTo("ACTIVIST"));
    }

    @Test
    void readsNeedATokenAndWritesAWritingRole() {
        given().get("/api/v1/recruits").then().statusCode(401);
        as("viewer").body(RecruitSteps.applicant("620123106204", APPLIED, "OTHER")).post("/api/v1/recruits")
                .then().statusCode(403);
        as("viewer").get("/api/v1/recruits").then().statusCode(200);
        assertEquals(0, countIn("620123106204"));
    }

    @Test
    void missingFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>(RecruitSteps.applicant("620123106205", APPLIED, "OTHER"));
        body.remove("name");
        body.remove("applicationDate");
        editor().body(body).post("/api/v1/recruits").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "applicationDate"));
        editor().body("[]").post("/api/v1/recruits").then().statusCode(400);
        editor().post("/api/v1/recruits").then().statusCode(400);
        editor().get("/api/v1/recruits/abc").then().statusCode(400).body("rule", equalTo("request.parameter.malformed"));
        editor().get("/api/v1/recruits/123456789").then().statusCode(404).body("detail", containsString("123456789"));
    }

    @Test
    void aRetriedApplicationWithTheSameIdempotencyKeyIsRecordedOnce() {
        var body = RecruitSteps.applicant("620123108201", APPLIED, "OTHER");
        int id = editor().header("Idempotency-Key", "recruit-620123108201").body(body).post("/api/v1/recruits")
                .then().statusCode(201).extract().path("id");
        editor().header("Idempotency-Key", "recruit-620123108201").body(body).post("/api/v1/recruits")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, countIn("620123108201"));
    }

    @Test
    void wordsTheBrokenRuleInChinese() {
        long id = applicant("620123108202", APPLIED);
        editor().header("Accept-Language", "zh-CN").body(RecruitSteps.activist(LocalDate.of(2018, 4, 10), null))
                .post("/api/v1/recruits/" + id + "/transitions").then().statusCode(422)
                .body("rule", equalTo("recruit.talk.missing")).body("title", equalTo("违反业务规则"))
                .body("detail", containsString("谈话"));
    }
}
