package org.ruralrevival.economy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.Tokens;

/** The service starts on its own database and serves the shared endpoints behind JWT. */
@QuarkusTest
class EconomyServiceTest {

    @Test
    void isReadyOnceItsDatabaseIsMigrated() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void changeFeedNeedsAToken() {
        given().get("/api/v1/changes/economy").then().statusCode(401);
    }

    @Test
    void changeFeedAnswersASyncToken() {
        given().header("Authorization", Tokens.bearer("sync"))
                .get("/api/v1/changes/economy")
                .then().statusCode(200)
                .body("items", notNullValue());
    }
}
