package org.ruralrevival.economy.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** The economy report as CSV: one row per figure with its unit, previous value and change (issue 6). */
@QuarkusTest
class EconomyReportExportTest {

    @Test
    void theReportExportsOneRowPerFigureWithPreviousAndChange() {
        Fixtures.village("621102300201", "报表村");
        BulkCalls.upload("/api/v1/incomes", List.of(
                "{\"villageCode\":\"621102300201\",\"year\":2020,\"operatingIncome\":100,\"totalIncome\":200,\"netIncome\":50}",
                "{\"villageCode\":\"621102300201\",\"year\":2021,\"operatingIncome\":150,\"totalIncome\":260,\"netIncome\":70}"));
        String csv = new String(Fixtures.viewer().accept(BulkCalls.CSV).queryParam("region", "621102300201")
                .queryParam("year", 2021).get("/api/v1/reports/economy").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF指标,数值,单位,上期,变化\n"), csv);
        // Yuan keep their two decimals, as the JSON report writes them.
        assertTrue(csv.contains("\nincomes.totalIncome,260.00,yuan,200.00,60.00\n"), csv);
        // A malformed parameter is the JSON report's 400, whatever the format asked for.
        Fixtures.viewer().accept(BulkCalls.CSV).queryParam("year", "abc").get("/api/v1/reports/economy")
                .then().statusCode(400);
    }
}
