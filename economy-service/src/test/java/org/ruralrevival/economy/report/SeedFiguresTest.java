package org.ruralrevival.economy.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.Stub;

/** The figures the seed reports print, rebuilt through the API and read back from the report. */
@QuarkusTest
class SeedFiguresTest {

    private static void village(String code) {
        Stub.region(code, "村" + code.substring(9), "VILLAGE", code.substring(0, 9) + "000");
    }

    private static void town(String town9) {
        Stub.region(town9.substring(0, 6) + "000000", "县" + town9.substring(0, 6), "COUNTY", town9.substring(0, 4) + "00000000");
        Stub.region(town9 + "000", "镇" + town9, "TOWN", town9.substring(0, 6) + "000000");
    }

    private static void account(String village, int year, String op, String total, String net) {
        editor().body(Map.of("villageCode", village, "year", year, "operatingIncome", new BigDecimal(op),
                "totalIncome", new BigDecimal(total), "netIncome", new BigDecimal(net))).post("/api/v1/incomes")
                .then().statusCode(201);
    }

    /** 建安区 2021: 341 villages with at least 50,000 yuan, 92.7% (of 368 with accounts). */
    @Test
    void jian_an341Of368VillagesAtOrAbove50000Is92point7Percent() {
        town("411003199");
        for (int i = 1; i <= 368; i++) {
            String code = String.format("411003199%03d", i);
            village(code);
            account(code, 2021, i <= 341 ? "60000" : "30000", "80000", "20000");
        }
        editor().queryParam("region", "411003199").queryParam("year", 2021).get("/api/v1/reports/economy")
                .then().statusCode(200)
                .body("incomes.villagesReporting.value", equalTo(368))
                .body("threshold.atOrAbove.value", equalTo(341))
                .body("threshold.share.value", equalTo(92.7f))
                .body("threshold.villagesBelow", hasSize(27));
    }

    /** 达拉特旗 2021: operating income above 28 million, +17.4%; net income above 22 million, +40.1%. */
    @Test
    void daratOperatingIncomeGrew17point4AndNet40point1Percent() {
        town("150621199");
        village("150621199201");
        village("150621199202");
        account("150621199201", 2020, "11925000.00", "12000000.00", "7851534.62");
        account("150621199202", 2020, "11925000.00", "12000000.00", "7851534.62");
        account("150621199201", 2021, "14000000.00", "14500000.00", "11000000.00");
        account("150621199202", 2021, "14000000.00", "14500000.00", "11000000.00");
        editor().queryParam("region", "150621199").queryParam("year", 2021).get("/api/v1/reports/economy")
                .then().statusCode(200)
                .body("incomes.operatingIncome.growthPercent", equalTo(17.4f))
                .body("incomes.netIncome.growthPercent", equalTo(40.1f));
    }
}
