package org.ruralrevival.economy.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.platform.testing.BulkCalls.assertCounts;
import static org.ruralrevival.platform.testing.BulkCalls.changeRows;
import static org.ruralrevival.platform.testing.BulkCalls.field;
import static org.ruralrevival.platform.testing.BulkCalls.rule;
import static org.ruralrevival.platform.testing.BulkCalls.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;
import org.ruralrevival.platform.testing.BulkCalls;

/** POST /incomes/bulk, matched by village and year, and the income export (issue 6). */
@QuarkusTest
class IncomeBulkTest {

    private static final String INCOMES = "/api/v1/incomes";

    private static String account(String village, int year, String operating, String total, String net) {
        return "{\"villageCode\":\"" + village + "\",\"year\":" + year + ",\"operatingIncome\":" + operating
                + ",\"totalIncome\":" + total + ",\"netIncome\":" + net + "}";
    }

    @Test
    void sameBatchTwiceIsAllUnchangedTheSecondTimeAndFeedsNoNewChanges() {
        Fixtures.village("621102100201", "批量一村");
        Fixtures.village("621102100202", "批量二村");
        List<String> batch = List.of(
                account("621102100201", 2021, "1000", "2000", "500"),
                account("621102100201", 2022, "1100", "2100", "600"),
                account("621102100202", 2022, "300", "900", "-50.5").replace("}",
                        ",\"bySource\":{\"ASSET_LEASE\":300,\"SUBSIDY\":600},\"note\":\"光伏\"}"));
        long fed = changeRows(IncomeService.ENTITY);

        JsonPath first = upload(INCOMES, batch);
        assertCounts(first, 3, 0, 0, 0);
        assertEquals(fed + 3, changeRows(IncomeService.ENTITY));

        JsonPath second = upload(INCOMES, batch);
        assertCounts(second, 0, 0, 3, 0);
        assertEquals(first.getList("items.id"), second.getList("items.id"));
        assertEquals(fed + 3, changeRows(IncomeService.ENTITY), "an unchanged account writes no change-feed row");

        // A corrected figure updates that account alone, through PUT's rules.
        JsonPath third = upload(INCOMES, List.of(batch.get(0), batch.get(1).replace("\"netIncome\":600", "\"netIncome\":700")));
        assertCounts(third, 0, 1, 1, 0);
        assertEquals(fed + 4, changeRows(IncomeService.ENTITY));
        Fixtures.editor().get(INCOMES + "/" + third.getList("items.id").get(1)).then().statusCode(200)
                .body("netIncome", org.hamcrest.Matchers.equalTo(700f)).header("ETag", "\"1\"");
    }

    @Test
    void malformedRowsAreRefusedWithRowAndFieldWhileTheRestLand() {
        Fixtures.village("621102100203", "拒收村");
        JsonPath answer = upload(INCOMES, List.of(
                account("621102100203", 2020, "1000", "2000", "500"),
                "{\"villageCode\":\"621102100203\",\"year\":",
                account("621102100203", 2019, "3000", "2000", "500"),
                account("621102100203", 2018, "1000.001", "2000", "500"),
                account("621102100203", 2017, "1000", "2000", "500").replace("\"villageCode\":\"621102100203\",", ""),
                account("621102100203", 2020, "1000", "2000", "400"),
                account("621102100203", 2016, "1000", "2000", "500")));

        assertCounts(answer, 2, 0, 0, 5);
        assertEquals("json.malformed", rule(answer, 2));
        assertEquals("income.operating.exceeds-total", rule(answer, 3));
        assertEquals("operatingIncome", field(answer, 4));
        assertEquals("villageCode", field(answer, 5));
        assertEquals("field.required", rule(answer, 5));
        assertEquals("bulk.key.repeated", rule(answer, 6));
        Fixtures.editor().queryParam("region", "621102100203").get(INCOMES).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void csvAndXlsxExportsUploadAgainAsUnchanged() {
        Fixtures.village("621102100204", "导出村");
        assertCounts(upload(INCOMES, List.of(
                account("621102100204", 2021, "1000", "2000", "500"),
                account("621102100204", 2022, "300", "900", "-50.5").replace("}",
                        ",\"bySource\":{\"ASSET_LEASE\":300,\"SUBSIDY\":600},\"note\":\"租金, \\\"大棚\\\"\"}"))), 2, 0, 0, 0);
        long fed = changeRows(IncomeService.ENTITY);

        byte[] csv = BulkCalls.export(INCOMES, BulkCalls.CSV, "621102100204");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF村行政区划代码,年度"), text);
        assertCounts(upload(INCOMES, BulkCalls.CSV, csv), 0, 0, 2, 0);
        assertCounts(upload(INCOMES, BulkCalls.XLSX, BulkCalls.export(INCOMES, BulkCalls.XLSX, "621102100204")), 0, 0, 2, 0);
        assertEquals(fed, changeRows(IncomeService.ENTITY));
    }

    @Test
    void accountsOutsideTheCallersRegionAreRefused() {
        Fixtures.village("621102100205", "外区村");
        JsonPath answer = io.restassured.RestAssured.given()
                .header("Authorization", org.ruralrevival.platform.testing.Tokens.bearer("sync", "621103"))
                .contentType(BulkCalls.NDJSON).body(account("621102100205", 2021, "1", "2", "1").getBytes(StandardCharsets.UTF_8))
                .post(INCOMES + "/bulk").then().statusCode(200).extract().jsonPath();
        assertEquals("problem.forbidden.region", rule(answer, 1));
    }
}
