package org.ruralrevival.organization.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.organization.partyorg.OrganizationType;
import org.ruralrevival.organization.partyorg.OrganizationTypeCount;
import org.ruralrevival.organization.partyorg.Orgs;
import org.ruralrevival.organization.rating.HonourCount;
import org.ruralrevival.organization.rating.HonourKind;
import org.ruralrevival.organization.rating.RatingFigures;
import org.ruralrevival.organization.rectification.RectificationFigures;

/**
 * The report figures against a county built by hand (150625, towns 101 and 102), with a
 * neighbouring county (150626) whose data must never leak in. The expected numbers are worked
 * out in the comments next to the fixture.
 */
@QuarkusTest
class OrganizationFiguresTest {

    private static final LocalDate AFTER_YEAR = LocalDate.of(2022, 1, 10);
    private static final LocalDate MID_YEAR = LocalDate.of(2021, 9, 1);

    @Inject
    OrganizationFiguresQuery query;

    /** Built once, before the first test (RestAssured knows the port only then). */
    private static boolean built;

    @BeforeEach
    void buildTheCountyOnce() {
        if (built) {
            return;
        }
        built = true;
        Fixtures.countyWithTown("150625", "101");
        Fixtures.countyWithTown("150625", "102");
        Fixtures.countyWithTown("150626", "101");
        int town1 = Orgs.create("中共一镇委员会", "COMMITTEE", "150625101000");
        int b1 = branch("一村党支部", "150625101201", town1);
        int b2 = branch("二村党支部", "150625101202", town1);
        int b3 = branch("三村党支部", "150625101203", town1);
        int b4 = branch("四村党支部", "150625101204", town1);
        int gb = Orgs.create("五村党总支", "GENERAL_BRANCH", Orgs.village("150625101205", "五村"), Map.of("parentId", town1));
        int ent = Orgs.create("某公司党支部", "ENTERPRISE_BRANCH", "150625101000", Map.of("parentId", town1));
        int grp = Orgs.create("一村第一党小组", "GROUP", "150625101201", Map.of("parentId", b1));
        // Founded after the year: not counted for 2021.
        Orgs.create("六村党支部", "BRANCH", Orgs.village("150625101206", "六村"), Map.of("foundedOn", "2022-03-01"));
        // Dissolved on 2021-10-15: exists on 1 September, not on 31 December.
        Orgs.create("七村党支部", "BRANCH", Orgs.village("150625101207", "七村"),
                Map.of("foundedOn", "2000-01-01", "dissolvedOn", "2021-10-15"));
        int b102 = Orgs.create("二镇一村党支部", "BRANCH", Orgs.village("150625102201", "二镇一村"));
        int neighbour = Orgs.create("邻县党支部", "BRANCH", "150626101000");

        // Ratings 2021. Branch level: b1, b2, b3, gb, ent, b102 (6; strongest 3; 四化 4).
        rate(town1, 2021, "FIRST", false, true);
        rate(b1, 2021, "FIRST", true, true);
        rate(b2, 2021, "FIRST", false, true);
        rate(b3, 2021, "SECOND", false, false);
        rate(gb, 2021, "FIRST", true, true);
        rate(ent, 2021, "THIRD", false, false);
        rate(grp, 2021, "SECOND", false, false);
        rate(b102, 2021, "FIRST", true, true);
        rate(b4, 2020, "FIRST", true, true);
        rate(neighbour, 2021, "FIRST", true, true);

        honour(b1, "RED_FLAG_VILLAGE", 2021, "2021年度红旗村");
        honour(b2, "RED_FLAG_VILLAGE", 2021, "2021年度红旗村");
        honour(gb, "PARTY_BRAND", 2021, "党建引领乡村治理");
        honour(town1, "DEMONSTRATION_SITE", 2021, "党建示范点");
        honour(b102, "PARTY_BRAND", 2021, "五个振兴融合发展");
        honour(b3, "RED_FLAG_VILLAGE", 2020, "2020年度红旗村");
        honour(neighbour, "RED_FLAG_VILLAGE", 2021, "2021年度红旗村");

        //          opened      deadline    closed
        rectification(b3, "2020-11-01", "2021-06-30", "2021-05-20");   // R1
        rectification(b4, "2021-03-01", "2021-09-30", null);           // R2
        rectification(ent, "2021-04-01", "2022-06-30", null);          // R3
        rectification(grp, "2021-02-01", "2021-08-31", "2022-01-05");  // R4
        rectification(town1, "2019-05-01", "2019-12-31", "2020-03-01"); // R5
        rectification(b2, "2022-01-03", "2022-01-08", null);           // R6
        rectification(b102, "2021-05-01", "2021-07-31", "2021-12-31"); // R7 (town 102)
        rectification(neighbour, "2021-03-01", "2021-04-01", null);
    }

    @Test
    void countsOrganizationsByTypeThatExistAtTheEndOfTheYear() {
        OrganizationFigures f = query.figures("150625", 2021, AFTER_YEAR);
        assertEquals(LocalDate.of(2021, 12, 31), f.countedOn());
        assertEquals(Map.of(OrganizationType.COMMITTEE, 1L, OrganizationType.BRANCH, 5L,
                OrganizationType.GENERAL_BRANCH, 1L, OrganizationType.ENTERPRISE_BRANCH, 1L,
                OrganizationType.GROUP, 1L), byType(f.organizationsByType()));
        assertEquals(9, f.organizations());

        // Counted on 1 September, the branch dissolved in October still exists.
        OrganizationFigures midYear = query.figures("150625", 2021, MID_YEAR);
        assertEquals(MID_YEAR, midYear.countedOn());
        assertEquals(6L, byType(midYear.organizationsByType()).get(OrganizationType.BRANCH));
        assertEquals(10, midYear.organizations());

        assertEquals(8, query.figures("150625101", 2021, AFTER_YEAR).organizations());
    }

    @Test
    void ratingClassesStrongestBranchesAndFourStandardsOfTheYear() {
        RatingFigures county = query.figures("150625", 2021, AFTER_YEAR).ratings();
        assertEquals(new RatingFigures(8, 5, 2, 1, 6, 3, new BigDecimal("50.00"), 4, new BigDecimal("66.67")), county);

        // Town 101 alone: b102 drops out (5 branches, 2 strongest, 3 四化).
        RatingFigures town = query.figures("150625101", 2021, AFTER_YEAR).ratings();
        assertEquals(new RatingFigures(7, 4, 2, 1, 5, 2, new BigDecimal("40.00"), 3, new BigDecimal("60.00")), town);

        // The same numbers through the list endpoint.
        editor().queryParam("region", "150625").queryParam("year", 2021).queryParam("classGrade", "FIRST")
                .get("/api/v1/ratings").then().statusCode(200).body("total", equalTo(5));
    }

    @Test
    void honoursOfTheYearByKind() {
        assertEquals(Map.of(HonourKind.RED_FLAG_VILLAGE, 2L, HonourKind.PARTY_BRAND, 2L,
                HonourKind.DEMONSTRATION_SITE, 1L), byKind(query.figures("150625", 2021, AFTER_YEAR).honoursByKind()));
        assertEquals(Map.of(HonourKind.RED_FLAG_VILLAGE, 1L), byKind(query.figures("150625", 2020, AFTER_YEAR)
                .honoursByKind()));
    }

    @Test
    void rectificationsOpenedClosedStillOpenAndOverdue() {
        // Opened in 2021: R2 R3 R4 R7. Closed: R1 R7. Open on 31 Dec: R2 R3 R4 (R4 closed in 2022).
        // Overdue on 2022-01-10: R2 (deadline 2021-09-30) and R6 (opened 2022, deadline 01-08).
        assertEquals(new RectificationFigures(LocalDate.of(2021, 12, 31), 4, 2, 3, AFTER_YEAR, 2),
                query.figures("150625", 2021, AFTER_YEAR).rectifications());

        // As of 1 September: R7 is not closed yet, so it is open and, like R4, overdue.
        assertEquals(new RectificationFigures(MID_YEAR, 4, 1, 4, MID_YEAR, 2),
                query.figures("150625", 2021, MID_YEAR).rectifications());

        // Town 101 without R7.
        assertEquals(new RectificationFigures(LocalDate.of(2021, 12, 31), 3, 1, 3, AFTER_YEAR, 2),
                query.figures("150625101", 2021, AFTER_YEAR).rectifications());

        // The list endpoint agrees on the overdue entries.
        editor().queryParam("region", "150625").queryParam("overdue", "true").queryParam("asOf", "2022-01-10")
                .get("/api/v1/rectifications").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aRegionWithNothingHasZerosAndNoShares() {
        OrganizationFigures f = query.figures("150629", 2021, AFTER_YEAR);
        assertTrue(f.organizationsByType().isEmpty());
        assertEquals(0, f.organizations());
        assertEquals(0, f.ratings().rated());
        assertNull(f.ratings().strongestBranchShare());
        assertNull(f.ratings().standardizedShare());
        assertTrue(f.honoursByKind().isEmpty());
        assertEquals(new RectificationFigures(LocalDate.of(2021, 12, 31), 0, 0, 0, AFTER_YEAR, 0), f.rectifications());
    }

    private static int branch(String name, String village, int parent) {
        return Orgs.create(name, "BRANCH", Orgs.village(village, name.replace("党支部", "")), Map.of("parentId", parent));
    }

    private static void rate(int organization, int year, String grade, boolean strongest, boolean standardized) {
        editor().body(Map.of("organizationId", organization, "year", year, "classGrade", grade,
                "strongestBranch", strongest, "standardized", standardized)).post("/api/v1/ratings")
                .then().statusCode(201);
    }

    private static void honour(int organization, String kind, int year, String title) {
        editor().body(Map.of("kind", kind, "year", year, "title", title))
                .post("/api/v1/organizations/" + organization + "/honours").then().statusCode(201);
    }

    private static void rectification(int organization, String opened, String deadline, String closed) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organization);
        body.put("reason", "WEAK_AND_LAX");
        body.put("leader", Map.of("name", "包联领导", "post", "县委常委"));
        body.put("openedOn", opened);
        body.put("deadline", deadline);
        int id = editor().body(body).post("/api/v1/rectifications").then().statusCode(201).extract().path("id");
        if (closed != null) {
            editor().header("If-Match", "\"0\"").body(Map.of("closingNote", "已整顿销号", "closedOn", closed))
                    .post("/api/v1/rectifications/" + id + "/close").then().statusCode(200);
        }
    }

    private static Map<OrganizationType, Long> byType(List<OrganizationTypeCount> counts) {
        return counts.stream().collect(Collectors.toMap(OrganizationTypeCount::type, OrganizationTypeCount::count));
    }

    private static Map<HonourKind, Long> byKind(List<HonourCount> counts) {
        return counts.stream().collect(Collectors.toMap(HonourCount::kind, HonourCount::count));
    }
}
