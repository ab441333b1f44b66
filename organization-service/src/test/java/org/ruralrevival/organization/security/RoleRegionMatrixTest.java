package org.ruralrevival.organization.security;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.member.MemberFixtures;
import org.ruralrevival.platform.testing.RegionMatrix;
import org.ruralrevival.platform.testing.RegionMatrix.Cell;

/**
 * Roles × region claims over regions, party members (personal data) and the organization report:
 * no read or write crosses a county, no unmasked ID or phone number without the right.
 */
@QuarkusTest
class RoleRegionMatrixTest {

    private static final RegionMatrix MATRIX = new RegionMatrix("152729", "152730");
    private static final String VILLAGE = "152729101201";
    private static Integer member;

    @BeforeEach
    void recordsInTheHomeCountyOnce() {
        if (member != null) {
            return;
        }
        Fixtures.countyWithTown("152730", "101");
        int committee = MemberFixtures.townCommittee("152729");
        Fixtures.ensureRegion(VILLAGE, "矩阵村");
        Map<String, Object> body = MemberFixtures.member(committee, "矩阵党员",
                MemberFixtures.idNumber("152729", LocalDate.of(1970, 3, 8), 123), "1995-07-01");
        body.put("phone", "13812345678");
        member = MemberFixtures.create(body);
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cells() {
        return RegionMatrix.cells();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void regionsStayWithinTheCallersCounty(Cell cell) {
        MATRIX.collection(cell, "/api/v1/regions?name=矩阵", "code", VILLAGE, "/api/v1/regions/" + VILLAGE,
                Map.of("code", "152729101299", "name", "越权村"), Map.of("name", "改名村"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void membersAndTheirPersonalDataStayWithinTheCallersCountyAndRole(Cell cell) {
        String path = "/api/v1/members/" + member;
        Map<String, Object> inHome = MemberFixtures.member(memberOrganization(), "越权党员",
                MemberFixtures.idNumber("152729", LocalDate.of(1980, 1, 1), 125), "2001-07-01");
        MATRIX.collection(cell, "/api/v1/members?name=矩阵", "id", member, path, inHome, inHome);
        MATRIX.personalData(cell, path, "idNumber", "phone");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void reportsOfAnotherCountyAreRefused(Cell cell) {
        MATRIX.report(cell, "/api/v1/reports/organization", Map.of("year", 2021));
    }

    private static int memberOrganization() {
        return Fixtures.editor().get("/api/v1/members/" + member).then().statusCode(200).extract().path("organizationId");
    }
}
