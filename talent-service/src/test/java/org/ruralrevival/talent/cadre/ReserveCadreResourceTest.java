package org.ruralrevival.talent.cadre;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ruralrevival.talent.Fixtures.as;
import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.talent.Fixtures;

@QuarkusTest
class ReserveCadreResourceTest {

    static Map<String, Object> cadre(String village, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageCode", village);
        body.put("name", "张晓燕");
        body.put("gender", "FEMALE");
        body.put("birthDate", "1994-08-12");
        body.put("education", "BACHELOR");
        body.put("category", category);
        body.put("source", "返乡大学生");
        body.put("partyMember", true);
        body.put("reservedOn", "2021-06-30");
        return body;
    }

    static long create(Map<String, Object> body) {
        return ((Number) editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    private static long countIn(String village) {
        return Fixtures.count("SELECT COUNT(*) FROM reserve_cadre WHERE village_code = ?1", village);
    }

    @Test
    void addsAReserveCadreWithItsAgeComputed() {
        var body = cadre("620123107201", "SECRETARY_SUCCESSOR");
        body.remove("reservedOn");
        int age = Period.between(LocalDate.of(1994, 8, 12), LocalDate.now()).getYears();
        String location = editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("age", equalTo(age)).body("status", equalTo("RESERVE"))
                .body("appointment", nullValue()).body("reservedOn", equalTo(LocalDate.now().toString()))
                .extract().header("Location");
        editor().get(location).then().statusCode(200).body("category", equalTo("SECRETARY_SUCCESSOR"))
                .body("source", equalTo("返乡大学生"));
    }

    @Test
    void aCollegeEducatedReserveHasCollegeEducation() {
        var body = cadre("620123107202", "COLLEGE_EDUCATED");
        body.put("education", "SENIOR_HIGH");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(422)
                .body("rule", equalTo("cadre.category.education"));
        assertEquals(0, countIn("620123107202"));
        body.put("education", "JUNIOR_COLLEGE");
        create(body);
    }

    @Test
    void aYoungMemberIsAPartyMemberOf35OrYounger() {
        var body = cadre("620123107203", "YOUNG_MEMBER");
        body.put("partyMember", false);
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(422)
                .body("rule", equalTo("cadre.category.party-member"));
        body.put("partyMember", true);
        body.put("birthDate", "1985-06-29");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(422).body("rule", equalTo("cadre.category.young"));
        assertEquals(0, countIn("620123107203"));
        body.put("birthDate", "1985-07-01");
        create(body);
        // A wealth leader need not be young nor a member.
        var leader = cadre("620123107203", "WEALTH_LEADER");
        leader.put("partyMember", false);
        leader.put("birthDate", "1970-01-01");
        create(leader);
    }

    @Test
    void refusesMinorsFutureDatesAndBadInput() {
        var body = cadre("620123107204", "WEALTH_LEADER");
        body.put("birthDate", "2004-01-01");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(422).body("rule", equalTo("cadre.age.adult"));
        body.put("birthDate", "1990-01-01");
        body.put("reservedOn", LocalDate.now().plusDays(3).toString());
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(422).body("rule", equalTo("talent.date.future"));
        body.put("reservedOn", "2021-06-30");
        body.put("category", "VILLAGE_HEAD");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(400).body("errors[0].field", equalTo("category"));
        body.put("category", "WEALTH_LEADER");
        body.put("partyMember", "yes");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(400).body("errors[0].field", equalTo("partyMember"));
        body.put("partyMember", true);
        body.put("villageCode", "620123107000");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(400).body("errors[0].rule", equalTo("talent.region.level"));
        body.remove("villageCode");
        editor().body(body).post("/api/v1/reserve-cadres").then().statusCode(400).body("errors[0].field", equalTo("villageCode"));
        assertEquals(0, countIn("620123107204"));
        as("editor", "620124000000").body(cadre("620123107204", "WEALTH_LEADER")).post("/api/v1/reserve-cadres")
                .then().statusCode(403);
        assertEquals(0, countIn("620123107204"));
    }

    @Test
    void appointmentIntoTheTwoCommitteesIsRecordedAndAnnounced() {
        long id = create(cadre("620123107205", "COLLEGE_EDUCATED"));
        var appointment = new HashMap<String, Object>(Map.of("post", "DEPUTY_SECRETARY", "date", "2021-07-15", "termYear", 2021));
        String path = "/api/v1/reserve-cadres/" + id + "/appointment";
        editor().body(appointment).post(path).then().statusCode(428);
        editor().header("If-Match", "\"4\"").body(appointment).post(path).then().statusCode(412);
        appointment.put("termYear", 2022);
        editor().header("If-Match", "\"0\"").body(appointment).post(path).then().statusCode(422)
                .body("rule", equalTo("cadre.appointment.term"));
        appointment.put("termYear", 2016);
        editor().header("If-Match", "\"0\"").body(appointment).post(path).then().statusCode(422)
                .body("rule", equalTo("cadre.appointment.term"));
        appointment.put("termYear", 2021);
        appointment.put("date", "2021-06-01");
        editor().header("If-Match", "\"0\"").body(appointment).post(path).then().statusCode(422)
                .body("rule", equalTo("cadre.appointment.before-reserved"));
        appointment.put("date", LocalDate.now().plusDays(2).toString());
        editor().header("If-Match", "\"0\"").body(appointment).post(path).then().statusCode(422)
                .body("rule", equalTo("talent.date.future"));
        editor().get("/api/v1/reserve-cadres/" + id).then().body("status", equalTo("RESERVE")).body("version", equalTo(0));

        long before = Fixtures.lastChange();
        appointment.put("date", "2021-07-15");
        editor().header("If-Match", "\"0\"").body(appointment).post(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("APPOINTED"))
                .body("appointment.post", equalTo("DEPUTY_SECRETARY")).body("appointment.termYear", equalTo(2021));
        JsonPath feed = Fixtures.changesAfter(before);
        assertEquals(List.of("reserve-cadre", "reserve-cadre-appointed"), feed.getList("items.entity"));
        assertEquals("620123107205", feed.getString("items[1].data.villageCode"));
        assertEquals("张晓燕", feed.getString("items[1].data.name"));
        assertEquals("FEMALE", feed.getString("items[1].data.gender"));
        assertEquals("1994-08-12", feed.getString("items[1].data.birthDate"));
        assertEquals("BACHELOR", feed.getString("items[1].data.education"));
        assertEquals("DEPUTY_SECRETARY", feed.getString("items[1].data.post"));
        assertEquals("2021-07-15", feed.getString("items[1].data.appointedOn"));
        assertEquals(2021, feed.getInt("items[1].data.termYear"));

        editor().header("If-Match", "\"1\"").body(appointment).post(path).then().statusCode(409)
                .body("rule", equalTo("cadre.appointed"));
        editor().header("If-Match", "\"1\"").delete("/api/v1/reserve-cadres/" + id).then().statusCode(409)
                .body("rule", equalTo("cadre.delete.appointed"));
    }

    @Test
    void onlyAPartyMemberTakesAPartyPost() {
        var body = cadre("620123107206", "WEALTH_LEADER");
        body.put("partyMember", false);
        long id = create(body);
        String path = "/api/v1/reserve-cadres/" + id + "/appointment";
        editor().header("If-Match", "\"0\"").body(Map.of("post", "SECRETARY_AND_DIRECTOR", "date", "2021-07-15", "termYear", 2021))
                .post(path).then().statusCode(422).body("rule", equalTo("cadre.appointment.party-post"));
        editor().header("If-Match", "\"0\"").body(Map.of("post", "DIRECTOR", "date", "2021-07-15", "termYear", 2021))
                .post(path).then().statusCode(200).body("appointment.post", equalTo("DIRECTOR"));
    }

    @Test
    void correctionsAndRemovalNeedTheVersion() {
        var body = cadre("620123107207", "WEALTH_LEADER");
        long id = create(body);
        body.put("name", "张小燕");
        editor().body(body).put("/api/v1/reserve-cadres/" + id).then().statusCode(428);
        editor().header("If-Match", "\"0\"").body(body).put("/api/v1/reserve-cadres/" + id).then().statusCode(200)
                .body("name", equalTo("张小燕")).header("ETag", equalTo("\"1\""));
        editor().header("If-Match", "\"0\"").delete("/api/v1/reserve-cadres/" + id).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete("/api/v1/reserve-cadres/" + id).then().statusCode(204);
        editor().get("/api/v1/reserve-cadres/" + id).then().statusCode(404);
    }

    private static boolean built;

    /**
     * County 620125, town 101, as of 2021-12-31: village 201 has 1 cadre; 202 has 2 (a third enters in 2022);
     * 203 has 6; 204 has none but a recruit; 205 has 3 plus one appointed in 2022 (still in the reserve on
     * 2021-12-31); 206 is passed in. Hand count: 6 villages, 1+2+6+0+4+0 = 13 cadres, 2.17 per village,
     * 3 below (201, 204, 206), 1 above (203).
     */
    @BeforeEach
    void standardFixture() {
        if (built) {
            return;
        }
        built = true;
        create(cadre("620125101201", "SECRETARY_SUCCESSOR"));
        create(cadre("620125101202", "COLLEGE_EDUCATED"));
        create(cadre("620125101202", "YOUNG_MEMBER"));
        var later = cadre("620125101202", "WEALTH_LEADER");
        later.put("reservedOn", "2022-03-01");
        create(later);
        for (int i = 0; i < 6; i++) {
            create(cadre("620125101203", "WEALTH_LEADER"));
        }
        Map<String, Object> recruit = new HashMap<>();
        recruit.put("name", "王磊");
        recruit.put("idNumber", Fixtures.idNumber(LocalDate.of(1996, 2, 3), true));
        recruit.put("villageCode", "620125101204");
        recruit.put("source", "VETERAN");
        recruit.put("applicationDate", "2021-03-01");
        editor().body(recruit).post("/api/v1/recruits").then().statusCode(201);
        create(cadre("620125101205", "SECRETARY_SUCCESSOR"));
        create(cadre("620125101205", "COLLEGE_EDUCATED"));
        create(cadre("620125101205", "COLLEGE_EDUCATED"));
        long appointed = create(cadre("620125101205", "YOUNG_MEMBER"));
        editor().header("If-Match", "\"0\"").body(Map.of("post", "BRANCH_COMMITTEE_MEMBER", "date", "2022-01-10", "termYear", 2021))
                .post("/api/v1/reserve-cadres/" + appointed + "/appointment").then().statusCode(200);
    }

    @Test
    void countsReserveCadresPerVillageAgainstTheStandard() {
        editor().queryParam("region", "620125").queryParam("asOf", "2021-12-31").queryParam("village", "620125101206")
                .get("/api/v1/reserve-cadres/per-village").then().statusCode(200)
                .body("region", equalTo("620125000000"))
                .body("villages", equalTo(6))
                .body("reserveCadres", equalTo(13))
                .body("perVillage", equalTo(2.17f))
                .body("villagesBelow", equalTo(3))
                .body("villagesAbove", equalTo(1))
                .body("items.villageCode", equalTo(List.of("620125101201", "620125101202", "620125101203", "620125101204",
                        "620125101205", "620125101206")))
                .body("items.count", equalTo(List.of(1, 2, 6, 0, 4, 0)))
                .body("items.standard", equalTo(List.of("BELOW", "WITHIN", "ABOVE", "BELOW", "WITHIN", "BELOW")))
                .body("items[4].collegeEducated", equalTo(2))
                .body("items[4].youngMembers", equalTo(1));
    }

    @Test
    void listsTheVillagesShortOfTheStandardAndFlagsThoseAboveIt() {
        editor().queryParam("region", "620125101").queryParam("asOf", "2021-12-31").queryParam("village", "620125101206")
                .get("/api/v1/reserve-cadres/shortfall").then().statusCode(200)
                .body("items.villageCode", equalTo(List.of("620125101201", "620125101203", "620125101204", "620125101206")))
                .body("items.missing", equalTo(List.of(1, 0, 2, 2)))
                .body("items.standard", equalTo(List.of("BELOW", "ABOVE", "BELOW", "BELOW")))
                .body("villagesBelow", equalTo(3));
        // Today: the 2022 entrant lifts 202 to 3; the 2022 appointment takes 205 down to 3.
        editor().queryParam("region", "620125").get("/api/v1/reserve-cadres/shortfall").then().statusCode(200)
                .body("items.villageCode", equalTo(List.of("620125101201", "620125101203", "620125101204")))
                .body("reserveCadres", equalTo(13));
        editor().queryParam("region", "620125").queryParam("category", "YOUNG_MEMBER").queryParam("status", "RESERVE")
                .get("/api/v1/reserve-cadres").then().statusCode(200).body("total", equalTo(1));
        editor().queryParam("asOf", "yesterday").get("/api/v1/reserve-cadres/shortfall").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }
}
