package org.ruralrevival.organization.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Generated clients need every operation named, and query filters typed even when parsed as text. */
@QuarkusTest
class OrganizationApiDocumentTest {

    @Test
    void documentsTheOperationsOfAlliancesRatingsHonoursAndTheLedger() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/alliances'.get.operationId", equalTo("listAlliances"))
                .body("paths.'/api/v1/organizations/{id}/history'.get.operationId", equalTo("listOrganizationHistory"))
                .body("paths.'/api/v1/organizations/{organizationId}/honours/{honourId}'.delete.operationId",
                        equalTo("deleteHonour"))
                .body("paths.'/api/v1/rectifications/{id}/close'.post.operationId", equalTo("closeRectification"))
                .body("paths.'/api/v1/ratings'.get.parameters.find { it.name == 'classGrade' }.schema.'$ref'",
                        equalTo("#/components/schemas/ClassGrade"))
                .body("components.schemas.ClassGrade.enum", hasItems("FIRST", "SECOND", "THIRD"))
                .body("paths.'/api/v1/rectifications'.get.parameters.find { it.name == 'status' }.schema.'$ref'",
                        notNullValue());
    }
}
