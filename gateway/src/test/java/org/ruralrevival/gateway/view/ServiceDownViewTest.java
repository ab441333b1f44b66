package org.ruralrevival.gateway.view;

import org.ruralrevival.gateway.SecurityFixture;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** talent-service is not running at all: connections to it are refused. */
@QuarkusTest
@QuarkusTestResource(value = ViewStubs.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "down", value = "talent"))
class ServiceDownViewTest {

    @Test
    void profileListsTheTalentPartsAsMissing() {
        given().header("Authorization", SecurityFixture.bearer("viewer")).get("/api/v1/villages/620123104201/profile")
                .then().statusCode(200)
                .body("region.code", equalTo("620123104201"))
                .body("incomes", hasSize(1))
                .body("reserveCadres", nullValue())
                .body("dispatches", nullValue())
                .body("missing.part", contains("reserveCadres", "dispatches"))
                .body("missing.service", contains("talent-service", "talent-service"))
                .body("missing.status", contains(503, 503))
                .body("missing.detail", contains("talent-service unreachable", "talent-service unreachable"));
    }

    @Test
    void summaryListsTheTalentReportAsMissing() {
        given().header("Authorization", SecurityFixture.bearer("viewer")).get("/api/v1/reports/summary?region=620123&year=2021")
                .then().statusCode(200)
                .body("organization.service", equalTo("organization"))
                .body("economy.service", equalTo("economy"))
                .body("talent", nullValue())
                .body("missing", hasSize(1))
                .body("missing[0].part", equalTo("talent"))
                .body("missing[0].status", equalTo(503))
                .body("missing[0].detail", equalTo("talent-service unreachable"));
    }
}
