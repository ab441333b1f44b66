package org.ruralrevival.economy.cooperative;

import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class CooperativeResourceTest {

    private static final String COOPERATIVES = "/api/v1/cooperatives";

    private static Map<String, Object> body(String code, String village, String role) {
        Map<String, Object> b = new HashMap<>();
        if (code != null) {
            b.put("creditCode", code);
        }
        b.put("name", "夏官营村蔬菜种植专业合作社");
        b.put("villageCode", village);
        b.put("branchRole", role);
        b.put("memberCount", 86);
        b.put("businessModel", "龙头企业+合作社+党组织+党员+农牧民");
        return b;
    }

    @Test
    void recordsABranchFoundedCooperativeAndUpsertsByCreditCode() {
        Fixtures.village("620123109201", "合作村");
        int id = editor().body(body("93620123MA7ABCDE1W", "620123109201", "FOUNDED")).post(COOPERATIVES)
                .then().statusCode(201).body("branchRole", equalTo("FOUNDED")).body("villageName", equalTo("合作村"))
                .extract().path("id");
        var again = body("93620123MA7ABCDE1W", "620123109201", "LED");
        again.put("memberCount", 90);
        editor().body(again).post(COOPERATIVES).then().statusCode(200).body("id", equalTo(id))
                .body("branchRole", equalTo("LED")).body("memberCount", equalTo(90));
        editor().queryParam("region", "620123109").queryParam("branchRole", "LED").get(COOPERATIVES)
                .then().body("total", equalTo(1));
    }

    @Test
    void refusesCodesThatAreNotCooperativesWrongCheckCharactersAndFutureDates() {
        Fixtures.village("620123109202", "规则合作村");
        editor().body(body("914403001922038216", "620123109202", "FOUNDED")).post(COOPERATIVES)
                .then().statusCode(400).body("errors[0].rule", equalTo("cooperative.code.not-cooperative"));
        editor().body(body("93620123MA7ABCDE1X", "620123109202", "FOUNDED")).post(COOPERATIVES)
                .then().statusCode(400).body("errors[0].rule", equalTo("creditcode.checksum"));
        var future = body(null, "620123109202", "FOUNDED");
        future.put("foundedOn", "2999-01-01");
        editor().body(future).post(COOPERATIVES).then().statusCode(400).body("errors[0].rule", equalTo("date.future"));
        var negative = body(null, "620123109202", "FOUNDED");
        negative.put("memberCount", -1);
        editor().body(negative).post(COOPERATIVES).then().statusCode(400).body("errors[0].field", equalTo("memberCount"));
        editor().body(body(null, "620123109202", "OWNED")).post(COOPERATIVES).then().statusCode(400);
        editor().queryParam("region", "620123109202").get(COOPERATIVES).then().body("total", equalTo(0));
    }
}
