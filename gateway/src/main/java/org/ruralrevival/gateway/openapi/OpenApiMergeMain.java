package org.ruralrevival.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Build step of the gateway (exec-maven-plugin, phase process-classes): reads the services' stored documents
 * and the gateway fragment, writes the merged document to {@code META-INF/openapi.json} in the gateway's
 * classes, where SmallRye OpenAPI takes it as the static document it serves at {@code /q/openapi}.
 *
 * <p>Arguments, each {@code name=value}: {@code service=<name>=<file>} (repeated, in order), {@code fragment=},
 * {@code out=}, {@code classes=} (the gateway's compiled classes), {@code server-url=}, {@code exclude-path=}
 * (repeated), {@code per-service-path=}, {@code per-service-parameter=}.
 */
public final class OpenApiMergeMain {

    private OpenApiMergeMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Path> services = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Expected name=value, got " + arg);
            }
            String name = arg.substring(0, eq);
            String value = arg.substring(eq + 1).trim();
            if (name.equals("service")) {
                int second = value.indexOf('=');
                services.put(value.substring(0, second), Path.of(value.substring(second + 1)));
            } else if (name.equals("exclude-path")) {
                excluded.add(value);
            } else {
                options.put(name, value);
            }
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (Map.Entry<String, Path> service : services.entrySet()) {
            if (!Files.isRegularFile(service.getValue())) {
                throw new IllegalStateException("No OpenAPI document of " + service.getKey() + " at " + service.getValue()
                        + ": build the services first (the root reactor does), e.g. ./mvnw install -DskipTests");
            }
            sources.add(new OpenApiMerger.Source(service.getKey(), mapper.readTree(service.getValue().toFile())));
        }
        // YAML reads dates as text, so "2021-05-01" stays a string as the services' documents have it.
        JsonNode fragment = new YAMLMapper().readTree(Path.of(required(options, "fragment")).toFile());
        Set<String> implemented = GatewayOperations.scan(Path.of(required(options, "classes")),
                Thread.currentThread().getContextClassLoader());

        OpenApiMerger merger = new OpenApiMerger(Set.copyOf(excluded), required(options, "per-service-path"),
                required(options, "per-service-parameter"), implemented);
        ObjectNode merged = merger.merge(sources, new OpenApiMerger.Source("gateway", fragment));
        String serverUrl = options.get("server-url");
        if (serverUrl != null && !serverUrl.isBlank()) {
            merged.putArray("servers").addObject().put("url", serverUrl)
                    .put("description", "The gateway that serves this document: the one entry point of every service");
        }
        Path out = Path.of(required(options, "out"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, mapper.writeValueAsString(merged) + "\n");
        System.out.printf("[openapi-merge] %s: %d paths from %s and the gateway fragment%s%n", out,
                merged.path("paths").size(), String.join(", ", services.keySet()),
                implemented.isEmpty() ? "" : "; the gateway's own classes document " + implemented);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing argument " + name + "=...");
        }
        return value;
    }
}
