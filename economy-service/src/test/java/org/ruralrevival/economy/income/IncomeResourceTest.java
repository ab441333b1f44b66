package org.ruralrevival.economy.income;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class IncomeResourceTest {

    private static final String INCOMES = "/api/v1/incomes";

    static Map<String, Object> account(String village, int year, String operating, String total, String net) {
        Map<String, Object> b = new HashMap<>();
        b.put("villageCode", village);
        b.put("year", year);
        b.put("operatingIncome", new java.math.BigDecimal(operating));
        b.put("totalIncome", new java.math.BigDecimal(total));
        b.put("netIncome", new java.math.BigDecimal(net));
        return b;
    }

    @Test
    void recordsAnAccountWithItsSourcesExactly() {
        Fixtures.village("620123106201", "收入村");
        var b = account("620123106201", 2022, "70000.10", "120000.10", "65000.05");
        b.put("bySource", Map.of("ASSET_LEASE", new java.math.BigDecimal("70000.10"),
                "SUBSIDY", new java.math.BigDecimal("50000")));
        int id = editor().body(b).post(INCOMES)
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .header("Location", containsString(INCOMES + "/"))
                .body("villageName", equalTo("收入村"))
                .body("operatingIncome", equalTo(70000.10f))
                .body("bySource.ASSET_LEASE", equalTo(70000.10f))
                .body("bySource.RESOURCE", equalTo(0f))
                .body("unit", equalTo("yuan"))
                .extract().path("id");
        // Exactness: the stored decimal comes back digit for digit.
        String raw = editor().get(INCOMES + "/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(raw.contains("\"netIncome\":65000.05"), raw);
        org.junit.jupiter.api.Assertions.assertTrue(raw.contains("\"totalIncome\":120000.10"), raw);
        editor().queryParam("region", "620123106").queryParam("year", 2022).get(INCOMES)
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aSecondAccountForTheSameVillageAndYearIs409AndChangesNothing() {
        Fixtures.village("620123106202", "重复村");
        int id = editor().body(account("620123106202", 2021, "10000", "20000", "5000")).post(INCOMES)
                .then().statusCode(201).extract().path("id");
        editor().body(account("620123106202", 2021, "99999", "99999", "99999")).post(INCOMES)
                .then().statusCode(409).body("rule", equalTo("income.duplicate"));
        editor().get(INCOMES + "/" + id).then().body("operatingIncome", equalTo(10000f)).header("ETag", equalTo("\"0\""));
    }

    @Test
    void correctionsNeedTheVersionThatWasRead() {
        Fixtures.village("620123106203", "更正村");
        int id = editor().body(account("620123106203", 2021, "10000", "20000", "5000")).post(INCOMES)
                .then().statusCode(201).extract().path("id");
        var fix = account("620123106203", 2021, "11000", "21000", "6000");
        editor().body(fix).put(INCOMES + "/" + id).then().statusCode(428);
        editor().header("If-Match", "\"3\"").body(fix).put(INCOMES + "/" + id).then().statusCode(412);
        editor().header("If-Match", "\"0\"").body(fix).put(INCOMES + "/" + id)
                .then().statusCode(200).body("operatingIncome", equalTo(11000f)).header("ETag", equalTo("\"1\""));
        editor().header("If-Match", "\"1\"").body(account("620123106203", 2020, "1", "1", "1")).put(INCOMES + "/" + id)
                .then().statusCode(400).body("errors[0].rule", equalTo("income.key.immutable"));
        editor().get(INCOMES + "/" + id).then().body("year", equalTo(2021)).body("operatingIncome", equalTo(11000f));
    }

    @Test
    void refusesInexactNegativeAndInconsistentAmountsAndStoresNothing() {
        Fixtures.village("620123106204", "错误村");
        editor().body(account("620123106204", 2021, "100.005", "200", "50")).post(INCOMES)
                .then().statusCode(400).body("errors[0].field", equalTo("operatingIncome"))
                .body("errors[0].rule", equalTo("money.fraction"));
        editor().body(account("620123106204", 2021, "-1", "200", "50")).post(INCOMES)
                .then().statusCode(400).body("errors[0].rule", equalTo("money.negative"));
        editor().body(account("620123106204", 2021, "100", "200", "1000000000000000")).post(INCOMES)
                .then().statusCode(400).body("errors[0].rule", equalTo("money.too-large"));
        editor().body(account("620123106204", 2021, "300", "200", "50")).post(INCOMES)
                .then().statusCode(422).body("rule", equalTo("income.operating.exceeds-total"));
        editor().body(account("620123106204", 2021, "100", "200", "250")).post(INCOMES)
                .then().statusCode(422).body("rule", equalTo("income.net.exceeds-total"));
        var sources = account("620123106204", 2021, "100", "200", "50");
        sources.put("bySource", Map.of("RESOURCE", 100, "SUBSIDY", 90));
        editor().body(sources).post(INCOMES).then().statusCode(422).body("rule", equalTo("income.sources.total"));
        sources.put("bySource", Map.of("RESOURCE", 90, "SUBSIDY", 110));
        editor().body(sources).post(INCOMES).then().statusCode(422).body("rule", equalTo("income.sources.operating"));
        sources.put("bySource", Map.of("LOTTERY", 200));
        editor().body(sources).post(INCOMES).then().statusCode(400);
        editor().body(account("620123106204", 2099, "100", "200", "50")).post(INCOMES)
                .then().statusCode(400).body("errors[0].rule", equalTo("income.year.future"));
        editor().body("{\"villageCode\":\"620123106204\",\"year\":2021,\"operatingIncome\":\"abc\",\"totalIncome\":1,\"netIncome\":1}")
                .post(INCOMES).then().statusCode(400);
        editor().queryParam("region", "620123106204").get(INCOMES).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNegativeNetIncomeIsALossAndAllowed() {
        Fixtures.village("620123106205", "亏损村");
        editor().body(account("620123106205", 2021, "0", "10000", "-2500.50")).post(INCOMES)
                .then().statusCode(201).body("netIncome", equalTo(-2500.50f));
    }

    @Test
    void accountsAreForVillagesOnly() {
        Fixtures.village("620123106206", "某村");
        editor().body(account("620123106000", 2021, "1", "1", "1")).post(INCOMES)
                .then().statusCode(422).body("rule", equalTo("regionref.level"))
                .body("errors[0].field", equalTo("villageCode"));
    }

    @Test
    void aRegionScopedCallerReadsAndWritesOnlyItsOwnVillages() {
        Fixtures.village("620123106207", "本县村");
        int id = editor().body(account("620123106207", 2021, "1", "1", "1")).post(INCOMES).then().statusCode(201)
                .extract().path("id");
        org.ruralrevival.economy.Fixtures.as("viewer", "620123106000").get(INCOMES + "/" + id).then().statusCode(200);
        org.ruralrevival.economy.Fixtures.as("viewer", "150621000000").get(INCOMES + "/" + id).then().statusCode(403);
        org.ruralrevival.economy.Fixtures.as("viewer", "150621000000").queryParam("region", "620123").get(INCOMES)
                .then().statusCode(403);
        org.ruralrevival.economy.Fixtures.as("editor", "150621000000").header("If-Match", "\"0\"")
                .body(account("620123106207", 2021, "9", "9", "9")).put(INCOMES + "/" + id).then().statusCode(403);
        editor().get(INCOMES + "/" + id).then().body("version", equalTo(0));
    }
}
