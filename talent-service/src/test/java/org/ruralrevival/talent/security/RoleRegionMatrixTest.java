package org.ruralrevival.talent.security;

import static org.ruralrevival.talent.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralrevival.platform.testing.RegionMatrix;
import org.ruralrevival.platform.testing.RegionMatrix.Cell;
import org.ruralrevival.platform.testing.Stub;
import org.ruralrevival.talent.Fixtures;

/**
 * Roles × region claims over recruits (personal data), reserve cadres and the talent report:
 * nothing crosses a county, no unmasked ID number without the right.
 */
@QuarkusTest
class RoleRegionMatrixTest {

    private static final RegionMatrix MATRIX = new RegionMatrix("650107", "650108");
    private static final String VILLAGE = "650107101201";
    private static Long recruit;
    private static Long cadre;

    private static Map<String, Object> recruitBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "矩阵申请人");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1998, 5, 4), true));
        body.put("villageCode", VILLAGE);
        body.put("branchId", 42);
        body.put("source", "YOUNG_FARMER");
        body.put("applicationDate", "2021-03-01");
        return body;
    }

    private static Map<String, Object> cadreBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("villageCode", VILLAGE);
        body.put("name", "矩阵后备");
        body.put("gender", "FEMALE");
        body.put("birthDate", "1994-08-12");
        body.put("education", "BACHELOR");
        body.put("category", "COLLEGE_EDUCATED");
        body.put("source", "返乡大学生");
        body.put("partyMember", true);
        body.put("reservedOn", "2021-06-30");
        return body;
    }

    @BeforeEach
    void recordsInTheHomeCountyOnce() {
        if (cadre != null) {
            return;
        }
        editor(); // registers the suite's test regions first
        Stub.regions(VILLAGE, "650108101201");
        recruit = ((Number) editor().body(recruitBody()).post("/api/v1/recruits").then().statusCode(201)
                .extract().path("id")).longValue();
        cadre = ((Number) editor().body(cadreBody()).post("/api/v1/reserve-cadres").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    static Stream<Arguments> cells() {
        return RegionMatrix.cells();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void recruitsAndTheirIdNumbersStayWithinTheCallersCountyAndRole(Cell cell) {
        String path = "/api/v1/recruits/" + recruit;
        MATRIX.collection(cell, "/api/v1/recruits?size=500&source=YOUNG_FARMER&stage=APPLICANT", "id", recruit, path,
                recruitBody(), recruitBody());
        MATRIX.personalData(cell, path, "idNumber");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void reserveCadresStayWithinTheCallersCounty(Cell cell) {
        MATRIX.collection(cell, "/api/v1/reserve-cadres?size=500&category=COLLEGE_EDUCATED", "id", cadre,
                "/api/v1/reserve-cadres/" + cadre, cadreBody(), cadreBody());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void reportsOfAnotherCountyAreRefused(Cell cell) {
        MATRIX.report(cell, "/api/v1/reports/talent", Map.of("year", 2021));
    }
}
