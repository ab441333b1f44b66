package org.ruralrevival.economy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Generated clients need every operation named, summarised, tagged and every parameter exemplified. */
@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryATagAndExamples() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (operation.get("operationId") == null) {
                    problems.add(where + ": operationId");
                } else {
                    ids.add((String) operation.get("operationId"));
                }
                if (operation.get("summary") == null) {
                    problems.add(where + ": summary");
                }
                if (operation.get("tags") == null || ((List<?>) operation.get("tags")).isEmpty()) {
                    problems.add(where + ": tag");
                }
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
                    if (parameter.get("example") == null && schema.get("example") == null && parameter.get("examples") == null) {
                        problems.add(where + ": example of " + parameter.get("name"));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ids.containsAll(List.of("createCollectiveOrganization", "createIncome", "correctIncome", "createProject",
                "listDoublingPlans", "createCooperative", "createPropertyListing", "createPropertyDeal", "createCreditLine",
                "getEconomyReport")), ids.toString());
        assertFalse(doc.getString("components.schemas.EconomyReport").isEmpty());
        // Writes that check a region document the 503 of an unreachable organization-service.
        assertTrue(doc.getMap("paths.'/api/v1/incomes'.post.responses").containsKey("503"));
    }
}
