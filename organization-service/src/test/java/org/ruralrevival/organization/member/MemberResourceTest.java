package org.ruralrevival.organization.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.admin;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.member.MemberFixtures.create;
import static org.ruralrevival.organization.member.MemberFixtures.idNumber;
import static org.ruralrevival.organization.member.MemberFixtures.member;
import static org.ruralrevival.organization.member.MemberFixtures.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.testing.Tokens;

@QuarkusTest
class MemberResourceTest {

    @Inject
    EntityManager em;

    private static long countIn(String region) {
        return admin().queryParam("region", region).get("/api/v1/members").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void takesBirthDateAndGenderFromTheIdNumberAndMasksPersonalDataForEditors() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1965, 3, 8), 123);
        int memberId = editor().body(with(member(org, "张建国", id, "1990-07-01"), "phone", "13812345678",
                        "ethnicity", "蒙古族", "education", "SENIOR_HIGH", "fullMemberOn", "1991-07-01"))
                .post("/api/v1/members")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/members/"))
                .header("ETag", equalTo("\"0\""))
                .body("birthDate", equalTo("1965-03-08"))
                .body("gender", equalTo("MALE"))
                .body("regionCode", equalTo("150641101000"))
                .body("idNumber", equalTo("1506**********" + id.substring(14)))
                .body("phone", equalTo("138****5678"))
                .extract().path("id");

        editor().get("/api/v1/members/" + memberId).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("idNumber", equalTo("1506**********" + id.substring(14)))
                .body("phone", equalTo("138****5678"));
        as("viewer").get("/api/v1/members/" + memberId).then().statusCode(200).body("phone", equalTo("138****5678"));
        admin().get("/api/v1/members/" + memberId).then().statusCode(200)
                .body("idNumber", equalTo(id))
                .body("phone", equalTo("13812345678"))
                .body("yearsInParty", equalTo(Period.between(LocalDate.of(1990, 7, 1), Today.inChina()).getYears()))
                .body("fiftyYears", equalTo(false))
                .body("flowing.away", equalTo(false));
    }

    @Test
    void storesIdAndPhoneNumbersSoADatabaseDumpDoesNotRevealThem() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1970, 1, 2), 245);
        int memberId = create(with(member(org, "王秀英", id, "1995-07-01"), "phone", "13987654321"));

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT id_number_enc, id_number_hash, phone_enc FROM party_member WHERE id = ?1")
                .setParameter(1, memberId).getSingleResult());
        String dump = row[0] + " " + row[1] + " " + row[2];
        assertFalse(dump.contains(id), "ID number in clear");
        assertFalse(dump.contains(id.substring(6, 14)), "birth date digits in clear");
        assertFalse(dump.contains("13987654321"), "phone in clear");
        assertTrue(((String) row[1]).matches("[0-9a-f]{64}"), "keyed hash");
        Number outboxHits = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM outbox_event WHERE payload LIKE ?1 OR payload LIKE ?2")
                .setParameter(1, "%" + id + "%").setParameter(2, "%13987654321%").getSingleResult());
        assertEquals(0, outboxHits.intValue(), "change feed rows carry only masked values");
    }

    @Test
    void refusesIdNumbersOfTheWrongShapeChecksumOrDate() {
        int org = MemberFixtures.townCommittee("150641");
        String good = idNumber("150641", LocalDate.of(1980, 5, 5), 311);
        char wrongCheck = good.charAt(17) == '0' ? '1' : '0';
        String impossibleDate = "150641" + "19990230" + "311";
        impossibleDate = impossibleDate + IdNumber.checkCharacter(impossibleDate);
        long before = countIn("150641");

        Map<String, String> cases = Map.of(
                "15064119800505311", "idnumber.shape",
                good.substring(0, 17) + wrongCheck, "idnumber.checksum",
                impossibleDate, "idnumber.birth-date");
        cases.forEach((idNumber, rule) -> editor().body(member(org, "某某", idNumber, "2005-07-01"))
                .post("/api/v1/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].rule", equalTo(rule))
                .body("detail", not(containsString(idNumber))));
        assertEquals(before, countIn("150641"));
    }

    @Test
    void refusesBirthDateOrGenderThatDisagreeWithTheIdNumber() {
        int org = MemberFixtures.townCommittee("150641");
        String woman = idNumber("150641", LocalDate.of(1982, 8, 9), 402);
        editor().body(with(member(org, "刘芳", woman, "2005-07-01"), "birthDate", "1982-08-10"))
                .post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("birthDate"))
                .body("errors[0].rule", equalTo("member.birth-date.id-mismatch"));
        editor().body(with(member(org, "刘芳", woman, "2005-07-01"), "gender", "MALE"))
                .post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("gender"))
                .body("errors[0].rule", equalTo("member.gender.id-mismatch"));
        admin().queryParam("idNumber", woman).get("/api/v1/members").then().body("total", equalTo(0));

        create(with(member(org, "刘芳", woman, "2005-07-01"), "birthDate", "1982-08-09", "gender", "FEMALE"));
        admin().queryParam("idNumber", woman).get("/api/v1/members").then().body("total", equalTo(1))
                .body("items[0].gender", equalTo("FEMALE"));
    }

    @Test
    void refusesBadPhonesAndDatesOutOfOrderWithTheRuleAndStoresNothing() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1990, 2, 3), 515);
        var base = member(org, "陈明", id, "2015-07-01");
        String tomorrow = Today.inChina().plusDays(1).toString();
        List<Object[]> cases = List.of(
                new Object[] {with(base, "phone", "1381234567"), "phone", "member.phone.shape"},
                new Object[] {with(base, "phone", "12812345678"), "phone", "member.phone.shape"},
                new Object[] {with(base, "joinedOn", "2008-02-02"), "joinedOn", "member.joined.under-18"},
                new Object[] {with(base, "joinedOn", tomorrow), "joinedOn", "member.date.future"},
                new Object[] {with(base, "fullMemberOn", "2015-07-01"), "fullMemberOn", "member.full.not-after-joined"},
                new Object[] {with(base, "fullMemberOn", "2016-07-01", "status", "PROBATIONARY"), "fullMemberOn",
                        "member.full.while-probationary"},
                new Object[] {with(base, "leftOn", "2020-01-01"), "leftOn", "member.left.status"},
                new Object[] {with(base, "status", "DECEASED", "leftOn", "2014-01-01"), "leftOn",
                        "member.left.before-joined"},
                new Object[] {with(base, "doorPlateOn", tomorrow), "doorPlateOn", "member.date.future"},
                new Object[] {with(base, "flowing", Map.of("away", true)), "flowing.where", "field.required"},
                new Object[] {with(base, "flowing", Map.of("away", false, "where", "深圳")), "flowing.away",
                        "member.flowing.not-away"});
        for (Object[] c : cases) {
            editor().body(c[0]).post("/api/v1/members").then().statusCode(400)
                    .body("errors.field", hasItem(c[1])).body("errors.rule", hasItem(c[2]));
        }
        editor().body(with(base, "status", "MEMBER")).post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        editor().body(with(base, "idNumber", null)).post("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
        editor().body(with(base, "organizationId", 999999999)).post("/api/v1/members").then().statusCode(422)
                .body("rule", equalTo("member.organization.missing"));
        admin().queryParam("idNumber", id).get("/api/v1/members").then().body("total", equalTo(0));

        // 18th birthday exactly, and a flowing member with where and since: accepted.
        create(with(base, "joinedOn", "2008-02-03", "flowing", Map.of("away", true, "where", "广东省深圳市",
                "since", "2019-03-01")));
    }

    @Test
    void findsAMemberByIdNumberThroughTheKeyedHash() {
        int org = MemberFixtures.townCommittee("150641");
        // One whose check character is X, to show a lower-case x finds it too.
        String id = null;
        for (int seq = 600; id == null; seq++) {
            String candidate = idNumber("150641", LocalDate.of(1975, 12, 12), seq);
            if (candidate.endsWith("X")) {
                id = candidate;
            }
        }
        int memberId = create(member(org, "赵磊", id, "2000-07-01"));
        create(member(org, "孙丽", idNumber("150641", LocalDate.of(1976, 1, 1), 622), "2000-07-01"));

        editor().queryParam("idNumber", id.toLowerCase()).get("/api/v1/members").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(memberId))
                .body("items[0].idNumber", equalTo("1506**********" + id.substring(14)));
        editor().queryParam("idNumber", idNumber("150641", LocalDate.of(1976, 1, 1), 624))
                .get("/api/v1/members").then().statusCode(200).body("total", equalTo(0));
        editor().queryParam("idNumber", "12345").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber")).body("errors[0].rule", equalTo("idnumber.shape"));
    }

    @Test
    void resendingAnIdNumberUpdatesThatMemberInsteadOfDuplicating() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1968, 4, 4), 731);
        var body = member(org, "周国强", id, "1992-07-01");
        int memberId = create(body);

        editor().body(with(body, "name", "周国强（改）", "phone", "13700001111")).post("/api/v1/members")
                .then().statusCode(200).body("id", equalTo(memberId)).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("周国强（改）"));
        // The same record again changes nothing: same version.
        editor().body(with(body, "name", "周国强（改）", "phone", "13700001111")).post("/api/v1/members")
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        admin().queryParam("idNumber", id).get("/api/v1/members").then().body("total", equalTo(1))
                .body("items[0].phone", equalTo("13700001111"));

        // Another member may not take the ID number over by PUT.
        int other = create(member(org, "吴敏", idNumber("150641", LocalDate.of(1969, 4, 4), 732), "1993-07-01"));
        editor().header("If-Match", "\"0\"").body(member(org, "吴敏", id, "1993-07-01"))
                .put("/api/v1/members/" + other).then().statusCode(409).body("rule", equalTo("member.id-number.taken"));
    }

    @Test
    void changesAndDeletesNeedTheVersionThatWasRead() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1972, 9, 9), 841);
        var body = member(org, "郑伟", id, "1996-07-01");
        int memberId = create(body);
        var changed = with(body, "status", "TRANSFERRED_OUT", "leftOn", "2022-03-01");

        editor().body(changed).put("/api/v1/members/" + memberId).then().statusCode(428)
                .body("rule", equalTo("problem.if-match.required"));
        editor().header("If-Match", "\"5\"").body(changed).put("/api/v1/members/" + memberId).then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(changed).put("/api/v1/members/" + memberId).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("TRANSFERRED_OUT"));
        editor().get("/api/v1/members/" + memberId).then().body("leftOn", equalTo("2022-03-01"));

        editor().delete("/api/v1/members/" + memberId).then().statusCode(428);
        editor().header("If-Match", "\"0\"").delete("/api/v1/members/" + memberId).then().statusCode(412);
        editor().header("If-Match", "\"1\"").delete("/api/v1/members/" + memberId).then().statusCode(204);
        editor().get("/api/v1/members/" + memberId).then().statusCode(404);
        as("viewer").header("If-Match", "\"0\"").delete("/api/v1/members/" + memberId).then().statusCode(403);
    }

    @Test
    void refusesToDeleteAMemberWhoStillHasPoints() {
        int org = MemberFixtures.townCommittee("150641");
        int memberId = create(member(org, "冯刚", idNumber("150641", LocalDate.of(1973, 3, 3), 951), "1997-07-01"));
        editor().body(Map.of("memberId", memberId, "date", "2021-05-01", "points", 5, "category", "志愿服务"))
                .post("/api/v1/member-points").then().statusCode(201);
        editor().header("If-Match", "\"0\"").delete("/api/v1/members/" + memberId).then().statusCode(409)
                .body("rule", equalTo("member.has-records"));
        editor().get("/api/v1/members/" + memberId).then().statusCode(200);
    }

    @Test
    void filtersByStatusNameOrganizationFlowingAndFiftyYears() {
        int town = MemberFixtures.townCommittee("150648");
        int branch = MemberFixtures.organization("一支部", "BRANCH", town, "150648101000");
        create(member(town, "老党员甲", idNumber("150648", LocalDate.of(1940, 1, 1), 11), "1960-01-01"));
        create(with(member(branch, "外出党员乙", idNumber("150648", LocalDate.of(1985, 1, 1), 13), "2010-01-01"),
                "flowing", Map.of("away", true, "where", "呼和浩特市")));
        create(with(member(branch, "预备党员丙", idNumber("150648", LocalDate.of(1999, 1, 1), 15), "2021-01-01"),
                "status", "PROBATIONARY"));

        editor().queryParam("region", "150648").queryParam("fiftyYears", true).get("/api/v1/members")
                .then().body("total", equalTo(1)).body("items[0].name", equalTo("老党员甲"))
                .body("items[0].fiftyYears", equalTo(true));
        editor().queryParam("region", "150648").queryParam("flowing", true).get("/api/v1/members")
                .then().body("total", equalTo(1)).body("items[0].flowing.where", equalTo("呼和浩特市"));
        editor().queryParam("region", "150648").queryParam("status", "PROBATIONARY").get("/api/v1/members")
                .then().body("total", equalTo(1)).body("items[0].name", equalTo("预备党员丙"));
        editor().queryParam("organizationId", branch).get("/api/v1/members")
                .then().body("total", equalTo(2)).body("items.name", hasItems("外出党员乙", "预备党员丙"));
        editor().queryParam("region", "150648").queryParam("name", "党员乙").get("/api/v1/members")
                .then().body("total", equalTo(1));

        editor().queryParam("status", "MEMBER").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("json.enum"));
        editor().queryParam("flowing", "maybe").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("flowing"));
        editor().queryParam("organizationId", "abc").get("/api/v1/members").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void aCallerOfAnotherCountyCanNeitherReadNorWriteTheMembers() {
        int org = MemberFixtures.townCommittee("150641");
        String id = idNumber("150641", LocalDate.of(1974, 6, 6), 163);
        int memberId = create(member(org, "褚红", id, "1998-07-01"));
        MemberFixtures.townCommittee("150649");
        var other = given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON);

        other.get("/api/v1/members/" + memberId).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).queryParam("region", "150641")
                .get("/api/v1/members").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).get("/api/v1/members")
                .then().statusCode(200).body("items.regionCode", everyItem(startsWith("150649")));
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .body(member(org, "越权", idNumber("150641", LocalDate.of(1974, 6, 7), 165), "1998-07-01"))
                .post("/api/v1/members").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("editor", "150649000000")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(member(org, "越权", id, "1998-07-01"))
                .put("/api/v1/members/" + memberId).then().statusCode(403);
        editor().get("/api/v1/members/" + memberId).then().body("name", equalTo("褚红"));
        given().header("Authorization", Tokens.bearer("editor", "150641000000"))
                .get("/api/v1/members/" + memberId).then().statusCode(200);
    }
}
