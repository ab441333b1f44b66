package org.ruralrevival.economy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a caller sends, the answer is never a 5xx and nothing is stored. */
@QuarkusTest
class BadInputTest {

    private static final List<String> COLLECTIONS = List.of("collective-organizations", "incomes", "doubling-plans",
            "projects", "cooperatives", "property-listings", "property-deals", "credit-lines");

    private static final List<String> BODIES = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"name\":", "{}",
            "{\"villageCode\":620123111201}", "{\"year\":1e400}", "{\"year\":99999999999}",
            "{\"villageCode\":\"620123111201\",\"year\":2021,\"operatingIncome\":1e400,\"totalIncome\":1,\"netIncome\":1}",
            "{\"villageCode\":\"620123111201\",\"year\":2021,\"operatingIncome\":\"1\",\"totalIncome\":1,\"netIncome\":1}",
            "{\"villages\":[{\"villageCode\":null,\"share\":\"x\"}],\"name\":\"x\",\"type\":\"OTHER\",\"model\":\"SELF_OPERATED\"}",
            "{\"villages\":[{\"villageCode\":\"620123111201\",\"share\":1e-400}],\"name\":\"x\",\"type\":\"OTHER\",\"model\":\"SELF_OPERATED\"}",
            "{\"creditCode\":\"\\u0000\",\"name\":\"x\",\"regionCode\":\"620123111201\"}",
            "{\"bySource\":{\"RESOURCE\":null}}", "{\"listedOn\":\"2021-02-30\"}", "{\"grantedOn\":\"yesterday\"}");

    @Test
    void noBodyQueryOrHeaderGivesA5xx() {
        Fixtures.village("620123111201", "坏输入村");
        List<String> fives = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            String base = "/api/v1/" + collection;
            for (String body : BODIES) {
                check(fives, "POST " + base + " " + body, editor().body(body).post(base));
                check(fives, "PUT " + base + "/1 " + body, editor().header("If-Match", "\"0\"").body(body).put(base + "/1"));
            }
            check(fives, "GET " + base + "/abc", editor().get(base + "/abc"));
            check(fives, "GET " + base + "/99999999999999999999", editor().get(base + "/99999999999999999999"));
            check(fives, "PUT If-Match junk", editor().header("If-Match", "W/\"zz\"").body("{}").put(base + "/1"));
            check(fives, "DELETE If-Match junk", editor().header("If-Match", "\"zz\"").delete(base + "/1"));
            check(fives, "GET ?region=x", editor().queryParam("region", "x").get(base));
            check(fives, "GET ?year=x", editor().queryParam("year", "x").get(base));
            check(fives, "GET ?type=x", editor().queryParam("type", "x").queryParam("model", "x")
                    .queryParam("behind", "maybe").queryParam("branchRole", "x").get(base));
            check(fives, "GET ?page=-1", editor().queryParam("page", -1).queryParam("size", 100000).get(base));
            check(fives, "POST text/plain", editor().contentType("text/plain").body("x").post(base));
        }
        check(fives, "report ?year=1e9", editor().queryParam("year", "1e9").get("/api/v1/reports/economy"));
        check(fives, "report ?threshold=-1", editor().queryParam("year", 2021).queryParam("threshold", "-1")
                .get("/api/v1/reports/economy"));
        check(fives, "report ?threshold=1e99999", editor().queryParam("year", 2021).queryParam("threshold", "1e99999")
                .get("/api/v1/reports/economy"));
        assertTrue(fives.isEmpty(), String.join("\n", fives));
        editor().queryParam("region", "620123111201").get("/api/v1/incomes").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    private static void check(List<String> fives, String what, Response response) {
        if (response.statusCode() >= 500) {
            fives.add(response.statusCode() + " " + what + " → " + response.asString());
        }
    }
}
