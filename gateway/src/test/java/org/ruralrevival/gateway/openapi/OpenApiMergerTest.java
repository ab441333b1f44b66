package org.ruralrevival.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    private final OpenApiMerger merger = new OpenApiMerger(Set.of("/api/v1/events"), "/api/v1/changes/{service}",
            "service", Set.of());

    private static OpenApiMerger.Source doc(String name, String yaml) {
        try {
            return new OpenApiMerger.Source(name, YAML.readTree(yaml));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final OpenApiMerger.Source GATEWAY = doc("gateway", """
            openapi: 3.1.0
            info: {title: merged, version: 1.0.0}
            paths:
              /api/v1/villages/{code}/profile:
                get:
                  operationId: getVillageProfile
                  tags: [villages]
                  parameters: [{name: code, in: path, required: true, schema: {type: string}}]
                  responses: {'200': {description: OK}}
            tags: [{name: villages, description: Views}]
            """);

    private static String service(String path, String operationId, String schemaName, String schemaType) {
        return """
                openapi: 3.1.0
                info: {title: s, version: 1.0.0}
                paths:
                  %s:
                    get:
                      operationId: %s
                      tags: [reports]
                      responses:
                        '200':
                          description: OK
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/%s'}
                  /api/v1/events:
                    post:
                      operationId: receiveEvent
                      tags: [events]
                      responses: {'202': {description: OK}}
                components:
                  schemas:
                    %s: {type: %s}
                    Problem: {type: object, properties: {title: {type: string}}}
                    CloudEvent: {type: object}
                tags: [{name: reports, description: %s reports}, {name: events, description: inbox}]
                """.formatted(path, operationId, schemaName, schemaName, schemaType, operationId);
    }

    /** The organization and economy reports (and each one's event inbox) with the gateway fragment. */
    private ObjectNode mergeTwoReports() {
        return merger.merge(List.of(
                doc("organization", service("/api/v1/reports/organization", "getOrganizationReport", "OrganizationReport", "object")),
                doc("economy", service("/api/v1/reports/economy", "getEconomyReport", "EconomyReport", "object"))), GATEWAY);
    }

    @Test
    void keepsEveryServiceOperationAndTheGatewayOnesButNotTheEventInbox() {
        ObjectNode merged = mergeTwoReports();

        JsonNode paths = merged.get("paths");
        assertEquals(Set.of("/api/v1/reports/organization", "/api/v1/reports/economy", "/api/v1/villages/{code}/profile"),
                fieldNames(paths));
        assertEquals("getEconomyReport", paths.at("/~1api~1v1~1reports~1economy/get/operationId").asText());
        assertEquals("merged", merged.at("/info/title").asText());
    }

    @Test
    void keepsASchemaTwoServicesShareOnceAndDropsWhatNoOperationUses() {
        ObjectNode merged = merger.merge(List.of(
                doc("organization", service("/api/v1/reports/organization", "getOrganizationReport", "Problem", "object")
                        .replace("Problem: {type: object, properties: {title: {type: string}}}", "Other: {type: string}")),
                doc("economy", service("/api/v1/reports/economy", "getEconomyReport", "Problem", "object")
                        .replace("Problem: {type: object, properties: {title: {type: string}}}", "Other: {type: string}"))),
                GATEWAY);

        // Problem is the same in both (defined through the operation's schema here), used: kept once.
        // CloudEvent and Other are used by no kept operation: dropped.
        assertEquals(Set.of("Problem"), fieldNames(merged.at("/components/schemas")));
    }

    @Test
    void refusesOneSchemaNameWithTwoContentsNamingBothServices() {
        OpenApiMerger.MergeConflict conflict = assertThrows(OpenApiMerger.MergeConflict.class, () -> merger.merge(List.of(
                doc("economy", service("/api/v1/reports/economy", "getEconomyReport", "Figure", "object")),
                doc("talent", service("/api/v1/reports/talent", "reportTalent", "Figure", "string"))), GATEWAY));

        assertTrue(conflict.getMessage().contains("components.schemas.Figure"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("economy") && conflict.getMessage().contains("talent"), conflict.getMessage());
    }

    @Test
    void refusesAnOperationIdTwoServicesUse() {
        OpenApiMerger.MergeConflict conflict = assertThrows(OpenApiMerger.MergeConflict.class, () -> merger.merge(List.of(
                doc("economy", service("/api/v1/reports/economy", "getReport", "EconomyReport", "object")),
                doc("talent", service("/api/v1/reports/talent", "getReport", "TalentReport", "object"))), GATEWAY));

        assertTrue(conflict.getMessage().contains("operationId 'getReport'"), conflict.getMessage());
    }

    @Test
    void refusesAPathTwoServicesServe() {
        assertThrows(OpenApiMerger.MergeConflict.class, () -> merger.merge(List.of(
                doc("economy", service("/api/v1/projects", "listProjects", "EconomyReport", "object")),
                doc("talent", service("/api/v1/projects", "listTalentProjects", "TalentReport", "object"))), GATEWAY));
    }

    /** One service's change feed, as the platform's resource documents it in each service. */
    private static OpenApiMerger.Source changeFeed(String service, String okDescription) {
        return doc(service, """
                openapi: 3.1.0
                info: {title: s, version: 1.0.0}
                paths:
                  /api/v1/changes/{service}:
                    get:
                      operationId: listChanges
                      tags: [changes]
                      parameters:
                        - {name: service, in: path, required: true, example: %s, schema: {type: string}}
                        - {name: after, in: query, schema: {type: integer}}
                      responses: {'200': {description: %s}}
                tags: [{name: changes, description: Change feed}]
                """.formatted(service, okDescription));
    }

    @Test
    void mergesTheChangeFeedIntoOneOperationWithAnEnumOfTheServices() {
        ObjectNode merged = merger.merge(List.of(changeFeed("organization", "OK"), changeFeed("economy", "OK"),
                changeFeed("talent", "OK")), GATEWAY);

        JsonNode parameter = merged.at("/paths/~1api~1v1~1changes~1{service}/get/parameters/0");
        assertEquals("service", parameter.get("name").asText());
        assertEquals(List.of("organization", "economy", "talent"),
                YAML.convertValue(parameter.at("/schema/enum"), List.class));
        assertEquals("listChanges", merged.at("/paths/~1api~1v1~1changes~1{service}/get/operationId").asText());
    }

    @Test
    void refusesChangeFeedsThatDifferBeyondTheServiceName() {
        assertThrows(OpenApiMerger.MergeConflict.class, () -> merger.merge(List.of(
                changeFeed("organization", "OK"), changeFeed("economy", "Fine")), GATEWAY));
    }

    @Test
    void mergesTagsOnceNamingEachServicesDescriptionAndDropsUnusedTags() {
        ObjectNode merged = mergeTwoReports();

        JsonNode tags = merged.get("tags");
        assertEquals(2, tags.size(), tags.toString());
        assertEquals("reports", tags.get(0).get("name").asText());
        assertEquals("organization: getOrganizationReport reports; economy: getEconomyReport reports",
                tags.get(0).get("description").asText());
        assertEquals("villages", tags.get(1).get("name").asText());
    }

    @Test
    void leavesOutTheFragmentsOperationsTheGatewayClassesDocumentThemselves() {
        OpenApiMerger withScanned = new OpenApiMerger(Set.of(), "/api/v1/changes/{service}", "service",
                Set.of(OpenApiMerger.key("get", "/api/v1/villages/{village}/profile")));

        ObjectNode merged = withScanned.merge(List.of(
                doc("economy", service("/api/v1/reports/economy", "getEconomyReport", "EconomyReport", "object"))), GATEWAY);

        assertFalse(merged.get("paths").has("/api/v1/villages/{code}/profile"));
    }

    @Test
    void joinsJaxRsPathsAsTheDocumentWritesThem() {
        assertEquals("/api/v1/villages/{code}/profile", GatewayOperations.join("/api/v1/villages", "{code: [0-9]+}/profile/"));
        assertEquals("/oauth/token", GatewayOperations.join("oauth/token", ""));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
