package org.ruralrevival.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The document the gateway serves against the documents the services wrote in the same build. */
@QuarkusTest
class MergedOpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static JsonNode served() throws IOException {
        String body = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    private static JsonNode serviceDocument(String service) throws IOException {
        Path file = ROOT.resolve(service + "-service/target/openapi/openapi.json");
        assertTrue(Files.isRegularFile(file), "build the services first: " + file);
        return JSON.readTree(file.toFile());
    }

    /** {@code GET /api/v1/regions -> listRegions} for every operation of a document. */
    private static Map<String, String> operations(JsonNode document) {
        Map<String, String> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().path("operationId").asText());
                }
            }
        }
        return operations;
    }

    @Test
    void servesEveryPublicOperationOfEveryServiceWithItsOperationId() throws IOException {
        Map<String, String> served = operations(served());
        int expected = 0;
        for (String service : new String[] {"organization", "economy", "talent"}) {
            Map<String, String> own = operations(serviceDocument(service));
            own.keySet().removeIf(k -> k.endsWith(" /api/v1/events"));
            own.keySet().removeIf(k -> k.contains("/api/v1/changes/"));
            assertTrue(own.size() > 10, service + " documents " + own.size() + " operations");
            for (Map.Entry<String, String> op : own.entrySet()) {
                assertEquals(op.getValue(), served.get(op.getKey()), service + ": " + op.getKey());
            }
            expected += own.size();
        }
        // + the change feed once for all three + the gateway's own operations (its fragment and its classes).
        Set<String> gatewayOwn = new TreeSet<>(GatewayOperations.scan(Path.of("target/classes"),
                Thread.currentThread().getContextClassLoader()));
        operations(new YAMLMapper().readTree(Path.of("src/main/openapi/gateway.yaml").toFile()))
                .keySet().forEach(op -> gatewayOwn.add(normalized(op)));
        assertTrue(gatewayOwn.size() >= 3, gatewayOwn.toString());
        assertEquals(expected + 1 + gatewayOwn.size(), served.size(), served.keySet().toString());
    }

    private static String normalized(String operation) {
        int space = operation.indexOf(' ');
        return OpenApiMerger.key(operation.substring(0, space), operation.substring(space + 1));
    }

    @Test
    void leavesTheServiceToServiceEventInboxOut() throws IOException {
        JsonNode document = served();
        assertFalse(document.path("paths").has("/api/v1/events"));
        document.path("tags").forEach(tag -> assertFalse("events".equals(tag.path("name").asText())));
        assertFalse(document.at("/components/schemas").has("CloudEvent"), "schemas only the inbox uses are dropped");
    }

    @Test
    void servesTheChangeFeedOnceWithTheServicesAsAnEnum() throws IOException {
        JsonNode parameter = served().at("/paths/~1api~1v1~1changes~1{service}/get/parameters/0");
        assertEquals("service", parameter.path("name").asText());
        assertEquals("[\"organization\",\"economy\",\"talent\"]", parameter.at("/schema/enum").toString());
    }

    @Test
    void describesTheGatewaysOwnOperationsAndNamesTheGatewayAsServer() throws IOException {
        JsonNode document = served();
        assertEquals("getVillageProfile", document.at("/paths/~1api~1v1~1villages~1{code}~1profile/get/operationId").asText());
        assertEquals("getReportSummary", document.at("/paths/~1api~1v1~1reports~1summary/get/operationId").asText());
        assertEquals("issueToken", document.at("/paths/~1oauth~1token/post/operationId").asText());
        assertEquals(1, document.path("servers").size(), document.path("servers").toString());
        assertEquals("/", document.at("/servers/0/url").asText(), "the gateway serving the document, not a service");
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asText());
    }

    @Test
    void keepsOneDefinitionOfTheSharedProblemSchema() throws IOException {
        JsonNode schemas = served().at("/components/schemas");
        assertEquals(serviceDocument("economy").at("/components/schemas/Problem"), schemas.get("Problem"));
        schemas.fieldNames().forEachRemaining(name ->
                assertFalse(name.matches(".*[A-Za-z][0-9]+$"), "a schema name with a numbered duplicate: " + name));
    }

    @Test
    void servesTheDocumentAsYamlAndSwaggerUi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("openapi: 3.1.0"), containsString("/api/v1/reserve-cadres"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
