package org.ruralrevival.economy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.ruralrevival.economy.Fixtures.as;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes reach the change feed in order, refused ones never; Idempotency-Key replays the first answer. */
@QuarkusTest
class ChangeFeedTest {

    @Test
    void everyWriteIsInTheFeedAndARefusedOneIsNot() {
        Fixtures.village("620123110201", "变更村");
        long before = as("sync").get("/api/v1/changes/economy?after=0&limit=10000").then().statusCode(200)
                .extract().jsonPath().getLong("next");
        var account = Map.of("villageCode", "620123110201", "year", 2021, "operatingIncome", 1000, "totalIncome", 2000,
                "netIncome", 500);
        int id = editor().body(account).post("/api/v1/incomes").then().statusCode(201).extract().path("id");
        editor().body(account).post("/api/v1/incomes").then().statusCode(409);
        editor().header("If-Match", "\"0\"").body(Map.of("operatingIncome", 1500, "totalIncome", 2000, "netIncome", 600))
                .put("/api/v1/incomes/" + id).then().statusCode(200);
        as("sync").queryParam("after", before).get("/api/v1/changes/economy").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].entity", equalTo("income"))
                .body("items[0].key", equalTo("620123110201/2021"))
                .body("items[0].kind", equalTo("CREATED"))
                .body("items[1].kind", equalTo("UPDATED"))
                .body("items[1].data.operatingIncome", equalTo(1500.0f));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() {
        Fixtures.village("620123110202", "幂等村");
        var account = Map.of("villageCode", "620123110202", "year", 2021, "operatingIncome", 1000, "totalIncome", 2000,
                "netIncome", 500);
        int id = editor().header("Idempotency-Key", "econ-110202").body(account).post("/api/v1/incomes")
                .then().statusCode(201).extract().path("id");
        editor().header("Idempotency-Key", "econ-110202").body(account).post("/api/v1/incomes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }
}
