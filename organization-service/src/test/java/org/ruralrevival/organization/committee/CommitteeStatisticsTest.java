package org.ruralrevival.organization.committee;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.ruralrevival.organization.Fixtures.editor;
import static org.ruralrevival.organization.committee.CommitteeFixtures.addMember;
import static org.ruralrevival.organization.committee.CommitteeFixtures.exact;
import static org.ruralrevival.organization.committee.CommitteeFixtures.term;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

/**
 * The term statistics against a fixture small enough to count by hand: county 150631 with terms in
 * 2015, 2018 and 2021, and a 2021 term in county 150637 that must not be counted.
 */
@QuarkusTest
class CommitteeStatisticsTest {

    private static final String STATISTICS = "/api/v1/committee-terms/statistics";
    private static boolean built;

    /** Built once, on the first test (RestAssured knows the test port only from then on). */
    @BeforeEach
    void buildTheFixtureOnce() {
        if (built) {
            return;
        }
        built = true;
        Fixtures.countyWithTown("150631", "101");
        Fixtures.region("150631101201", "一村");
        Fixtures.region("150631101202", "二村");
        Fixtures.region("150631101203", "三村");

        // 2021 term. Age = completed years at the election date.
        int v1 = term("150631101201", 2021, "2021-03-15");
        addMember(v1, "张书记", "MALE", "1975-03-15", "JUNIOR_COLLEGE", "PARTY_SECRETARY", "VILLAGE_DIRECTOR"); // 46, 一肩挑
        addMember(v1, "李委员", "FEMALE", "1990-03-16", "SENIOR_HIGH", "PARTY_COMMITTEE_MEMBER",
                "VILLAGE_COMMITTEE_MEMBER");                                                            // 30 (31 a day later)
        addMember(v1, "王委员", "MALE", "1980-01-01", "SENIOR_HIGH", "VILLAGE_COMMITTEE_MEMBER");        // 41
        int v2 = term("150631101202", 2021, "2021-04-10");
        addMember(v2, "赵书记", "MALE", "1970-06-01", "TECHNICAL_SECONDARY", "PARTY_SECRETARY");          // 50, 中专: not college
        addMember(v2, "钱主任", "FEMALE", "1985-04-10", "MASTER", "VILLAGE_DIRECTOR");                   // 36
        int v3 = term("150631101203", 2021, "2021-05-20");
        addMember(v3, "孙书记", "FEMALE", "1979-12-31", "JUNIOR_HIGH", "PARTY_SECRETARY", "VILLAGE_DIRECTOR"); // 41, 一肩挑
        addMember(v3, "周委员", "MALE", "2003-05-20", "SENIOR_HIGH", "VILLAGE_COMMITTEE_MEMBER");        // 18

        // 2018 term (the previous one for 2021: the latest earlier year with terms in 150631).
        int p1 = term("150631101201", 2018, "2018-06-01");
        addMember(p1, "张书记", "MALE", "1975-03-15", "SENIOR_HIGH", "PARTY_SECRETARY");                 // 43
        addMember(p1, "老主任", "MALE", "1955-06-02", "PRIMARY", "VILLAGE_DIRECTOR");                    // 62
        addMember(p1, "吴委员", "FEMALE", "1968-01-20", "JUNIOR_COLLEGE", "PARTY_COMMITTEE_MEMBER");     // 50
        int p2 = term("150631101202", 2018, "2018-07-01");
        addMember(p2, "郑书记", "MALE", "1960-07-01", "JUNIOR_HIGH", "PARTY_SECRETARY", "VILLAGE_DIRECTOR"); // 58, 一肩挑

        // 2015: older than 2018, so never the previous term of 2021.
        int old = term("150631101201", 2015, "2015-05-01");
        addMember(old, "老书记", "MALE", "1950-01-01", "PRIMARY", "PARTY_SECRETARY");                    // 65

        // Another county's 2021 term: outside region 150631.
        Fixtures.countyWithTown("150637", "101");
        Fixtures.region("150637101201", "外县村");
        int other = term("150637101201", 2021, "2021-03-01");
        addMember(other, "外县书记", "FEMALE", "1990-01-01", "DOCTOR", "PARTY_SECRETARY", "VILLAGE_DIRECTOR");
    }

    @Test
    void comparesTheTermWithThePreviousOneInTheCounty() {
        JsonPath s = exact(editor()).queryParam("region", "150631").queryParam("year", 2021).get(STATISTICS)
                .then().statusCode(200).body("region", equalTo("150631000000")).body("year", equalTo(2021))
                .body("previousYear", equalTo(2018)).extract().jsonPath();

        // 2021: 3 villages, 7 members; 2018: 2 villages, 4 members.
        assertFigure(s, "villages", "3", "village", "2", "1", "village");
        assertFigure(s, "members", "7", "person", "4", "3", "person");
        // Ages 2021: 46+30+41+50+36+41+18 = 262, 262/7 = 37.43 → 37.4.
        // Ages 2018: 43+62+50+58 = 213, 213/4 = 53.25 → 53.3 (half up). Change 37.4 − 53.3 = −15.9.
        assertFigure(s, "averageAge", "37.4", "year", "53.3", "-15.9", "year");
        // Secretaries 2021: 46, 50, 41 → 137/3 = 45.67 → 45.7; 2018: 43, 58 → 50.5. Change −4.8.
        assertFigure(s, "secretariesAverageAge", "45.7", "year", "50.5", "-4.8", "year");
        // College or above 2021: 张 (大专), 钱 (硕士) = 2 of 7 = 28.57% → 28.6; 2018: 吴 (大专) 1 of 4 = 25.0%.
        assertFigure(s, "collegeOrAbove", "2", "person", "1", "1", "person");
        assertFigure(s, "collegeOrAboveShare", "28.6", "percent", "25.0", "3.6", "percentage-point");
        // Women 2021: 李, 钱, 孙 = 3 of 7 = 42.86% → 42.9; 2018: 吴 = 1 of 4 = 25.0%. +17.9 points.
        assertFigure(s, "women", "3", "person", "1", "2", "person");
        assertFigure(s, "womenShare", "42.9", "percent", "25.0", "17.9", "percentage-point");
        // 一肩挑 2021: villages 1 and 3 of 3 = 66.67% → 66.7; 2018: village 2 of 2 = 50.0%. +16.7 points.
        assertFigure(s, "oneShoulderVillages", "2", "village", "1", "1", "village");
        assertFigure(s, "oneShoulderShare", "66.7", "percent", "50.0", "16.7", "percentage-point");
    }

    @Test
    void aVillageWithoutAnEarlierTermHasNoPreviousFigures() {
        JsonPath s = exact(editor()).queryParam("region", "150631101203").queryParam("year", 2021).get(STATISTICS)
                .then().statusCode(200).body("previousYear", equalTo(null)).extract().jsonPath();
        // 孙 41 and 周 18: 59/2 = 29.5; the secretary 孙 41; no college; one woman of 2 = 50.0%.
        assertFigure(s, "members", "2", "person", null, null, "person");
        assertFigure(s, "averageAge", "29.5", "year", null, null, "year");
        assertFigure(s, "secretariesAverageAge", "41.0", "year", null, null, "year");
        assertFigure(s, "collegeOrAboveShare", "0.0", "percent", null, null, "percentage-point");
        assertFigure(s, "womenShare", "50.0", "percent", null, null, "percentage-point");
        assertFigure(s, "oneShoulderShare", "100.0", "percent", null, null, "percentage-point");
    }

    @Test
    void theEarlierTermIsComparedWithItsOwnPredecessor() {
        JsonPath s = exact(editor()).queryParam("region", "150631").queryParam("year", 2018).get(STATISTICS)
                .then().statusCode(200).body("previousYear", equalTo(2015)).extract().jsonPath();
        // 2015: one member, 65, the secretary; 2018 secretaries 50.5 → change −14.5.
        assertFigure(s, "averageAge", "53.3", "year", "65.0", "-11.7", "year");
        assertFigure(s, "secretariesAverageAge", "50.5", "year", "65.0", "-14.5", "year");
        assertFigure(s, "oneShoulderShare", "50.0", "percent", "0.0", "50.0", "percentage-point");
    }

    @Test
    void aYearWithoutTermsHasNoAveragesOrShares() {
        JsonPath s = exact(editor()).queryParam("region", "150631").queryParam("year", 2012).get(STATISTICS)
                .then().statusCode(200).body("previousYear", equalTo(null)).extract().jsonPath();
        assertFigure(s, "members", "0", "person", null, null, "person");
        assertFigure(s, "averageAge", null, "year", null, null, "year");
        assertFigure(s, "womenShare", null, "percent", null, null, "percentage-point");
    }

    @Test
    void needsAYearAndAFilterThatIsARegion() {
        editor().queryParam("region", "150631").get(STATISTICS).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().queryParam("region", "15063").queryParam("year", 2021).get(STATISTICS).then().statusCode(400)
                .body("errors[0].rule", equalTo("region.filter"));
    }

    private static void assertFigure(JsonPath s, String figure, String value, String unit, String previous,
            String change, String changeUnit) {
        assertDecimal(value, s.get(figure + ".value"), figure + ".value");
        assertEquals(unit, s.getString(figure + ".unit"), figure + ".unit");
        assertDecimal(previous, s.get(figure + ".previous"), figure + ".previous");
        assertDecimal(change, s.get(figure + ".change"), figure + ".change");
        assertEquals(changeUnit, s.getString(figure + ".changeUnit"), figure + ".changeUnit");
    }

    private static void assertDecimal(String expected, Object actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        BigDecimal got = new BigDecimal(String.valueOf(actual));
        assertEquals(0, new BigDecimal(expected).compareTo(got), what + ": expected " + expected + " but was " + got);
    }
}
