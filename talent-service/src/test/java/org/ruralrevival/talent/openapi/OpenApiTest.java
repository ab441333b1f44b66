package org.ruralrevival.talent.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Integrators generate clients from the document: every operation needs an id, a summary, a tag and examples. */
@QuarkusTest
class OpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnIdASummaryATagAndExampleParameters() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                Object id = operation.get("operationId");
                if (id == null || id.toString().isBlank() || !ids.add(id.toString())) {
                    missing.add(where + ": operationId missing or repeated");
                }
                if (operation.get("summary") == null) {
                    missing.add(where + ": summary");
                }
                if (operation.get("tags") == null || ((List<?>) operation.get("tags")).isEmpty()) {
                    missing.add(where + ": tag");
                }
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
                for (Map<String, Object> p : parameters) {
                    if (p.get("example") == null && p.get("examples") == null) {
                        missing.add(where + ": example of parameter " + p.get("name"));
                    }
                }
            }
        }
        assertTrue(operations >= 50, "expected the talent operations, found " + operations);
        assertEquals(List.of(), missing);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestFieldHasAnExample() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = doc.getMap("components.schemas");
        List<String> missing = new ArrayList<>();
        for (var schema : schemas.entrySet()) {
            if (!schema.getKey().endsWith("Request")) {
                continue;
            }
            Map<String, Map<String, Object>> properties =
                    (Map<String, Map<String, Object>>) schema.getValue().getOrDefault("properties", Map.of());
            for (var property : properties.entrySet()) {
                Map<String, Object> p = property.getValue();
                boolean enumOrRef = p.containsKey("$ref") || p.containsKey("allOf") || p.containsKey("enum");
                if (p.get("example") == null && p.get("examples") == null && !enumOrRef) {
                    missing.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
