package org.ruralrevival.economy.security;

import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.RegionMatrix;
import org.ruralrevival.platform.testing.RegionMatrix.Cell;

/** Roles × region claims over yearly incomes and the economy report: nothing crosses a county. */
@QuarkusTest
class RoleRegionMatrixTest {

    private static final RegionMatrix MATRIX = new RegionMatrix("650104", "650105");
    private static final String VILLAGE = "650104101201";
    private static Integer income;

    private static Map<String, Object> account(String village, int year) {
        return Map.of("villageCode", village, "year", year, "operatingIncome", new BigDecimal("1000.00"),
                "totalIncome", new BigDecimal("2000.00"), "netIncome", new BigDecimal("500.00"));
    }

    @BeforeEach
    void recordsInTheHomeCountyOnce() {
        if (income != null) {
            return;
        }
        Fixtures.village(VILLAGE, "矩阵村");
        Fixtures.village("650104101202", "矩阵二村");
        Fixtures.village("650105101201", "邻县村");
        income = editor().body(account(VILLAGE, 2011)).post("/api/v1/incomes").then().statusCode(201).extract().path("id");
    }

    static Stream<Arguments> cells() {
        return RegionMatrix.cells();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void incomesStayWithinTheCallersCounty(Cell cell) {
        MATRIX.collection(cell, "/api/v1/incomes?year=2011&size=500", "id", income, "/api/v1/incomes/" + income,
                account("650104101202", 2011), account(VILLAGE, 2011));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void reportsOfAnotherCountyAreRefused(Cell cell) {
        MATRIX.report(cell, "/api/v1/reports/economy", Map.of("year", 2011));
    }
}
