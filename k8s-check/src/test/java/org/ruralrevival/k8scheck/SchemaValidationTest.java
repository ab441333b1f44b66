package org.ruralrevival.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object every overlay renders is valid against the Kubernetes API schemas, as published in
 * the npm package kubernetes-models (validated with node, the tool the OpenAPI lint needs too).
 */
class SchemaValidationTest {

    private static final Path WORK = Path.of(System.getProperty("work.dir", "target/k8s-check")).toAbsolutePath();
    private static final String MODELS = "kubernetes-models@" + System.getProperty("kubernetes-models.version", "5.1.0");

    static List<String> overlays() {
        return Suite.overlays();
    }

    /** Installs the pinned kubernetes-models next to the validator script (npm cache after the first time). */
    @BeforeAll
    static void installValidator() throws IOException {
        Files.createDirectories(WORK);
        Files.copy(Suite.ROOT.resolve("k8s-check/src/test/node/validate.mjs"), WORK.resolve("validate.mjs"),
                StandardCopyOption.REPLACE_EXISTING);
        Path installed = WORK.resolve("node_modules/kubernetes-models/package.json");
        if (!Files.exists(installed) || !Suite.read(installed).contains("\"version\": \"" + MODELS.split("@")[1] + "\"")) {
            assertTrue(Suite.onPath("npm") && Suite.onPath("node"),
                    "the schema check needs node and npm on the PATH (see README \"Run all tests\")");
            Suite.run(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", WORK.toString(), MODELS),
                    WORK);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesTheKubernetesSchemas(String overlay) throws IOException {
        List<JsonNode> objects = Suite.render(overlay);
        assertFalse(Suite.ofKind(objects, "Deployment").isEmpty(), overlay + " renders no Deployment");

        String report = validate(overlay, objects);

        long valid = report.lines().filter(l -> l.startsWith("valid ")).count();
        assertEquals(objects.size(), valid, "every object validated:\n" + report);
    }

    /** The validator is not a rubber stamp: a Deployment without selector and a port as text fail. */
    @Test
    void theValidatorRefusesABrokenDeployment() throws IOException {
        ObjectNode broken = (ObjectNode) Suite.ofKind(Suite.render("dev"), "Deployment").get(0).deepCopy();
        ((ObjectNode) broken.get("spec")).remove("selector");
        ((ObjectNode) broken.at("/spec/template/spec/containers/0/ports/0")).put("containerPort", "eighty");

        AssertionError refused = assertThrows(AssertionError.class, () -> validate("broken", List.of(broken)));

        assertTrue(refused.getMessage().contains("must have required property selector"), refused.getMessage());
        assertTrue(refused.getMessage().contains("containerPort must be integer"), refused.getMessage());
    }

    @Test
    void theValidatorRefusesAKindItDoesNotKnow() throws IOException {
        ObjectNode unknown = Suite.JSON.createObjectNode().put("apiVersion", "example.org/v1").put("kind", "Gadget");
        unknown.putObject("metadata").put("name", "x");

        AssertionError refused = assertThrows(AssertionError.class, () -> validate("unknown", List.of(unknown)));

        assertTrue(refused.getMessage().contains("UNKNOWN example.org/v1 Gadget x"), refused.getMessage());
    }

    private static String validate(String name, List<JsonNode> objects) throws IOException {
        Path file = WORK.resolve(name + ".json");
        Suite.JSON.writeValue(file.toFile(), objects.stream().map(SchemaValidationTest::unwrapSecretData).toList());
        return Suite.run(List.of("node", WORK.resolve("validate.mjs").toString(), file.toString()), WORK);
    }

    /**
     * kustomize writes long base64 Secret values in lines of 70; the API server's decoder (Go's
     * encoding/json) skips those line breaks, the schema's "byte" format does not, so they go here.
     */
    private static JsonNode unwrapSecretData(JsonNode object) {
        if (!"Secret".equals(object.path("kind").asText()) || !object.path("data").isObject()) {
            return object;
        }
        ObjectNode copy = object.deepCopy();
        ObjectNode data = (ObjectNode) copy.get("data");
        List<String> keys = new ArrayList<>();
        data.fieldNames().forEachRemaining(keys::add);
        keys.forEach(key -> data.put(key, data.get(key).asText().replaceAll("[\\r\\n]", "")));
        return copy;
    }
}
