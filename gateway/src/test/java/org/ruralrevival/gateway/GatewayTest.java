package org.ruralrevival.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {

    @Test
    void reportsItselfLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
