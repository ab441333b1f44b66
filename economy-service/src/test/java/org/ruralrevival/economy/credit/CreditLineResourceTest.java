package org.ruralrevival.economy.credit;

import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class CreditLineResourceTest {

    private static final String LINES = "/api/v1/credit-lines";

    @Test
    void recordsACreditLineForAKeyVillageOnce() {
        Fixtures.village("411023101201", "枪杆刘社区");
        int id = editor().body(Map.of("villageCode", "411023101201", "bank", "许昌农商银行", "amount", 20000000,
                "grantedOn", "2021-07-01", "termYears", 3)).post(LINES)
                .then().statusCode(201).body("amount", equalTo(20000000.00f)).body("villageName", equalTo("枪杆刘社区"))
                .extract().path("id");
        editor().body(Map.of("villageCode", "411023101201", "bank", "许昌农商银行", "amount", 1, "grantedOn", "2021-07-01"))
                .post(LINES).then().statusCode(409).body("rule", equalTo("credit.duplicate"));
        editor().header("If-Match", "\"0\"").body(Map.of("bank", "许昌农商银行", "amount", 10000000, "grantedOn", "2021-07-01"))
                .put(LINES + "/" + id).then().statusCode(200).body("amount", equalTo(10000000.00f));
        editor().queryParam("region", "411023").queryParam("year", 2021).get(LINES).then().body("total", equalTo(1));
    }

    @Test
    void refusesZeroInexactAndFutureGrants() {
        Fixtures.village("411023101202", "柿张村");
        editor().body(Map.of("villageCode", "411023101202", "bank", "某银行", "amount", 0, "grantedOn", "2021-07-01"))
                .post(LINES).then().statusCode(400).body("errors[0].rule", equalTo("credit.amount.zero"));
        editor().body(Map.of("villageCode", "411023101202", "bank", "某银行", "amount", 0.001, "grantedOn", "2021-07-01"))
                .post(LINES).then().statusCode(400).body("errors[0].rule", equalTo("money.fraction"));
        editor().body(Map.of("villageCode", "411023101202", "bank", "某银行", "amount", 5, "grantedOn", "2999-07-01"))
                .post(LINES).then().statusCode(400).body("errors[0].rule", equalTo("date.future"));
        editor().body(Map.of("villageCode", "411023101202", "bank", "某银行", "amount", 5, "grantedOn", "2021-13-01"))
                .post(LINES).then().statusCode(400);
        editor().queryParam("region", "411023101202").get(LINES).then().body("total", equalTo(0));
    }
}
