package org.ruralrevival.talent.recruit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ruralrevival.talent.Fixtures.editor;
import static org.ruralrevival.talent.recruit.RecruitSteps.admitted;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixture in county 620124 (town 101):
 * village 201: admitted 2020-11-20 YOUNG_FARMER, 2021-03-10 RETURNING_GRADUATE, 2021-07-01 VETERAN;
 * village 202: admitted 2021-07-15 RETURNING_GRADUATE; village 203: an applicant only;
 * village 205: admitted 2017-05-05 YOUNG_FARMER; village 204 is known only when passed.
 */
@QuarkusTest
class RecruitReportTest {

    private static boolean built;

    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        admitted("620124101201", LocalDate.of(2020, 11, 20), "YOUNG_FARMER");
        admitted("620124101201", LocalDate.of(2021, 3, 10), "RETURNING_GRADUATE");
        admitted("620124101201", LocalDate.of(2021, 7, 1), "VETERAN");
        admitted("620124101202", LocalDate.of(2021, 7, 15), "RETURNING_GRADUATE");
        RecruitSteps.applicant("620124101203", LocalDate.of(2021, 1, 5));
        admitted("620124101205", LocalDate.of(2017, 5, 5), "YOUNG_FARMER");
    }

    @Test
    void countsAdmissionsOfAYearBySource() {
        editor().queryParam("region", "620124").queryParam("year", 2021).get("/api/v1/recruits/admissions")
                .then().statusCode(200)
                .body("region", equalTo("620124000000"))
                .body("unit", equalTo("persons"))
                .body("total", equalTo(3))
                .body("bySource.RETURNING_GRADUATE", equalTo(2))
                .body("bySource.VETERAN", equalTo(1))
                .body("bySource.YOUNG_FARMER", equalTo(0))
                .body("bySource.NEW_PROFESSIONAL_FARMER", equalTo(0))
                .body("periods", hasSize(1))
                .body("periods[0].period", equalTo("2021"));
    }

    @Test
    void countsAdmissionsPerQuarter() {
        editor().queryParam("region", "620124101").queryParam("from", "2020-01-01").queryParam("to", "2021-12-31")
                .queryParam("per", "QUARTER").get("/api/v1/recruits/admissions")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("periods.period", equalTo(List.of("2020-Q4", "2021-Q1", "2021-Q3")))
                .body("periods.total", equalTo(List.of(1, 1, 2)))
                .body("periods[0].bySource.YOUNG_FARMER", equalTo(1))
                .body("periods[2].bySource.RETURNING_GRADUATE", equalTo(1))
                .body("periods[2].bySource.VETERAN", equalTo(1));
        editor().queryParam("region", "620124").queryParam("per", "MONTH").queryParam("from", "2021-07-01")
                .queryParam("to", "2021-07-31").get("/api/v1/recruits/admissions")
                .then().body("periods[0].period", equalTo("2021-07")).body("periods[0].total", equalTo(2));
    }

    @Test
    void refusesBadPeriods() {
        editor().queryParam("year", "20x1").get("/api/v1/recruits/admissions").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        editor().queryParam("from", "2021-02-30").get("/api/v1/recruits/admissions").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        editor().queryParam("from", "2021-02-01").queryParam("to", "2021-01-01").get("/api/v1/recruits/admissions")
                .then().statusCode(400).body("errors[0].rule", equalTo("talent.period.order"));
        editor().queryParam("per", "WEEK").get("/api/v1/recruits/admissions").then().statusCode(400);
        editor().queryParam("region", "620123").queryParam("village", "620124101204").get("/api/v1/recruits/blank-villages")
                .then().statusCode(400).body("errors[0].rule", equalTo("talent.region.outside-filter"));
        editor().queryParam("region", "620124").queryParam("village", "620124101000").get("/api/v1/recruits/blank-villages")
                .then().statusCode(400).body("errors[0].rule", equalTo("talent.region.level"));
    }

    @Test
    void blankVillagesHaveNoAdmissionForThreeYears() {
        editor().queryParam("region", "620124").queryParam("asOf", "2021-12-31").queryParam("village", "620124101204")
                .get("/api/v1/recruits/blank-villages")
                .then().statusCode(200)
                .body("noAdmissionSince", equalTo("2018-12-31"))
                .body("total", equalTo(3))
                .body("items.villageCode", equalTo(List.of("620124101203", "620124101204", "620124101205")))
                .body("items[0].lastAdmission", nullValue())
                .body("items[2].lastAdmission", equalTo("2017-05-05"));
        // Exactly three years after the last admission the village is blank; admissions after asOf do not count.
        editor().queryParam("region", "620124").queryParam("asOf", "2020-05-05").get("/api/v1/recruits/blank-villages")
                .then().statusCode(200)
                .body("items.villageCode", equalTo(List.of("620124101201", "620124101202", "620124101203", "620124101205")));
        editor().queryParam("region", "620124").queryParam("asOf", "2020-05-04").get("/api/v1/recruits/blank-villages")
                .then().statusCode(200)
                .body("items.villageCode", equalTo(List.of("620124101201", "620124101202", "620124101203")));
    }
}
