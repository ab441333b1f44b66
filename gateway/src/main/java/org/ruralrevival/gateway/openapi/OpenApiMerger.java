package org.ruralrevival.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges the OpenAPI documents the services write at build time, and the gateway's own fragment, into
 * the one document the gateway serves. Runs during the gateway build ({@link OpenApiMergeMain}), so the
 * gateway never needs a service up to serve its document.
 *
 * <p>Rules, chosen so a generated client never gets two meanings for one name:
 * <ul>
 *   <li>every path and operation of every service is kept, except the excluded (service-to-service) paths;</li>
 *   <li>a path two services serve is a conflict, except the per-service path (the change feed), which becomes
 *       one operation whose path parameter is an enum of the services that serve it;</li>
 *   <li>a component two sources define with the same name must be equal, else the merge fails: rename it at
 *       its source ({@code @Schema(name = ...)});</li>
 *   <li>operation ids are unique across the document;</li>
 *   <li>tags are kept once, with their descriptions; components no operation reaches are dropped.</li>
 * </ul>
 */
public final class OpenApiMerger {

    /** The kinds of reusable components of OpenAPI 3.1. */
    private static final List<String> COMPONENT_KINDS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** One input document, named for messages and the per-service enum (e.g. {@code organization}). */
    public record Source(String name, JsonNode document) {
    }

    /** Two sources disagree; the message says where to resolve it. */
    public static final class MergeConflict extends RuntimeException {
        public MergeConflict(String message) {
            super(message);
        }
    }

    private final Set<String> excludedPaths;
    private final String perServicePath;
    private final String perServiceParameter;
    private final Set<String> implementedByGateway;

    /**
     * @param excludedPaths paths left out of the merged document (e.g. the service-to-service event inbox)
     * @param perServicePath the one path every service serves for itself, with a path parameter naming it
     * @param perServiceParameter that path parameter's name
     * @param implementedByGateway operations ({@link #key}) the gateway's own code documents; the fragment's
     *        description of them is left out so the scanned one is not merged with a second copy
     */
    public OpenApiMerger(Set<String> excludedPaths, String perServicePath, String perServiceParameter,
            Set<String> implementedByGateway) {
        this.excludedPaths = Set.copyOf(excludedPaths);
        this.perServicePath = perServicePath;
        this.perServiceParameter = perServiceParameter;
        this.implementedByGateway = Set.copyOf(implementedByGateway);
    }

    /** {@code GET /api/v1/villages/{}/profile}: an operation with its path parameter names blanked out. */
    public static String key(String method, String path) {
        return method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    /**
     * @param services the services' documents, in a fixed order
     * @param gateway the gateway's fragment: info, servers, its own paths, tags and components
     */
    public ObjectNode merge(List<Source> services, Source gateway) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("openapi", openapiVersion(services));
        result.set("info", gateway.document().path("info").deepCopy());
        if (gateway.document().has("servers")) {
            result.set("servers", gateway.document().get("servers").deepCopy());
        }
        Map<String, ObjectNode> paths = new TreeMap<>();
        Map<String, String> operationOwners = new LinkedHashMap<>();
        Map<String, Map<String, JsonNode>> components = new LinkedHashMap<>();
        Map<String, String> componentOwners = new LinkedHashMap<>();
        Map<String, Map<String, String>> tagDescriptions = new TreeMap<>();
        Map<String, JsonNode> perService = new LinkedHashMap<>();

        for (Source service : services) {
            JsonNode docPaths = service.document().path("paths");
            for (Map.Entry<String, JsonNode> entry : docPaths.properties()) {
                String path = entry.getKey();
                if (excludedPaths.contains(path)) {
                    continue;
                }
                if (path.equals(perServicePath)) {
                    perService.put(service.name(), entry.getValue());
                    continue;
                }
                addPath(paths, operationOwners, service.name(), path, entry.getValue(), Set.of());
            }
            addComponents(components, componentOwners, service);
            addTags(tagDescriptions, service);
        }
        if (!perService.isEmpty()) {
            ObjectNode merged = mergePerService(perService);
            addPath(paths, operationOwners, String.join("+", perService.keySet()), perServicePath, merged, Set.of());
        }
        JsonNode gatewayPaths = gateway.document().path("paths");
        for (Map.Entry<String, JsonNode> entry : gatewayPaths.properties()) {
            addPath(paths, operationOwners, gateway.name(), entry.getKey(), entry.getValue(), implementedByGateway);
        }
        addComponents(components, componentOwners, gateway);
        addTags(tagDescriptions, gateway);

        ObjectNode pathsNode = result.putObject("paths");
        paths.forEach(pathsNode::set);
        result.set("tags", tags(pathsNode, tagDescriptions));
        ObjectNode componentsNode = result.putObject("components");
        for (String kind : COMPONENT_KINDS) {
            Map<String, JsonNode> byName = components.get(kind);
            if (byName != null && !byName.isEmpty()) {
                ObjectNode kindNode = componentsNode.putObject(kind);
                new TreeMap<>(byName).forEach(kindNode::set);
            }
        }
        dropUnreachableSchemas(result);
        return result;
    }

    private static String openapiVersion(List<Source> services) {
        Set<String> versions = new TreeSet<>();
        services.forEach(s -> versions.add(s.document().path("openapi").asText()));
        if (versions.size() != 1) {
            throw new MergeConflict("The services write different OpenAPI versions " + versions
                    + "; build them with one Quarkus version");
        }
        return versions.iterator().next();
    }

    private static void addPath(Map<String, ObjectNode> paths, Map<String, String> operationOwners, String owner,
            String path, JsonNode item, Set<String> skip) {
        ObjectNode target = paths.get(path);
        for (Map.Entry<String, JsonNode> field : item.properties()) {
            String name = field.getKey();
            if (METHODS.contains(name) && skip.contains(key(name, path))) {
                continue;
            }
            if (target == null) {
                target = JsonNodeFactory.instance.objectNode();
                paths.put(path, target);
            }
            if (target.has(name)) {
                if (METHODS.contains(name)) {
                    throw new MergeConflict(key(name, path) + " is described by " + owner + " and by "
                            + operationOwners.get(key(name, path)) + "; one path belongs to one service");
                }
                if (!target.get(name).equals(field.getValue())) {
                    throw new MergeConflict("Path " + path + " has two different '" + name + "' ("
                            + owner + " and another source)");
                }
                continue;
            }
            target.set(name, field.getValue().deepCopy());
            if (METHODS.contains(name)) {
                operationOwners.put(key(name, path), owner);
                String operationId = field.getValue().path("operationId").asText(null);
                if (operationId != null) {
                    String idKey = "operationId " + operationId;
                    String previous = operationOwners.putIfAbsent(idKey, owner + " (" + key(name, path) + ")");
                    if (previous != null) {
                        throw new MergeConflict("operationId '" + operationId + "' is used by " + previous + " and by "
                                + owner + " (" + key(name, path) + "); operation ids must be unique in the gateway document");
                    }
                }
            }
        }
    }

    /**
     * The change feed: every service serves the same operation under its own name. The operations must be
     * equal but for the example of the service parameter; the merged one lists the services as an enum.
     */
    private ObjectNode mergePerService(Map<String, JsonNode> perService) {
        JsonNode reference = null;
        String referenceOwner = null;
        for (Map.Entry<String, JsonNode> entry : perService.entrySet()) {
            JsonNode normalized = withoutServiceExamples(entry.getValue());
            if (reference == null) {
                reference = normalized;
                referenceOwner = entry.getKey();
            } else if (!reference.equals(normalized)) {
                throw new MergeConflict(perServicePath + " differs between " + referenceOwner + " and " + entry.getKey()
                        + "; it is one operation served by every service, keep it in one place (platform)");
            }
        }
        ObjectNode merged = (ObjectNode) reference;
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        perService.keySet().forEach(names::add);
        for (JsonNode operation : merged) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (isServiceParameter(parameter)) {
                    ObjectNode schema = ((ObjectNode) parameter).putObject("schema");
                    schema.put("type", "string");
                    schema.set("enum", names);
                    ((ObjectNode) parameter).put("example", names.get(0).asText());
                }
            }
        }
        return merged;
    }

    private JsonNode withoutServiceExamples(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        for (JsonNode operation : copy) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (isServiceParameter(parameter)) {
                    ((ObjectNode) parameter).remove(List.of("example", "examples"));
                }
            }
        }
        return copy;
    }

    private boolean isServiceParameter(JsonNode parameter) {
        return "path".equals(parameter.path("in").asText()) && perServiceParameter.equals(parameter.path("name").asText());
    }

    private static void addComponents(Map<String, Map<String, JsonNode>> components, Map<String, String> owners,
            Source source) {
        JsonNode sourceComponents = source.document().path("components");
        for (String kind : COMPONENT_KINDS) {
            JsonNode byName = sourceComponents.path(kind);
            for (Map.Entry<String, JsonNode> entry : byName.properties()) {
                Map<String, JsonNode> known = components.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                JsonNode previous = known.get(entry.getKey());
                String where = "components." + kind + "." + entry.getKey();
                if (previous == null) {
                    known.put(entry.getKey(), entry.getValue().deepCopy());
                    owners.put(where, source.name());
                } else if (!previous.equals(entry.getValue())) {
                    throw new MergeConflict(where + " means different things in " + owners.get(where) + " and "
                            + source.name() + "; give one of them a domain name at its source, "
                            + "e.g. @Schema(name = \"...\") on the class");
                }
            }
        }
    }

    private static void addTags(Map<String, Map<String, String>> tagDescriptions, Source source) {
        for (JsonNode tag : source.document().path("tags")) {
            Map<String, String> bySource = tagDescriptions.computeIfAbsent(tag.path("name").asText(),
                    k -> new LinkedHashMap<>());
            if (tag.hasNonNull("description")) {
                bySource.put(source.name(), tag.get("description").asText());
            }
        }
    }

    /**
     * The tags the kept operations use, each once. Where sources describe one tag differently (each service's
     * {@code reports}), the description names each source's part.
     */
    private static ArrayNode tags(ObjectNode paths, Map<String, Map<String, String>> tagDescriptions) {
        Set<String> used = new TreeSet<>();
        for (JsonNode item : paths) {
            for (Map.Entry<String, JsonNode> field : item.properties()) {
                if (METHODS.contains(field.getKey())) {
                    field.getValue().path("tags").forEach(t -> used.add(t.asText()));
                }
            }
        }
        ArrayNode tags = JsonNodeFactory.instance.arrayNode();
        for (String name : used) {
            ObjectNode tag = tags.addObject().put("name", name);
            Map<String, String> bySource = tagDescriptions.getOrDefault(name, Map.of());
            Set<String> distinct = new java.util.LinkedHashSet<>(bySource.values());
            if (distinct.size() == 1) {
                tag.put("description", distinct.iterator().next());
            } else if (distinct.size() > 1) {
                List<String> parts = new ArrayList<>();
                bySource.forEach((source, description) -> parts.add(source + ": " + description));
                tag.put("description", String.join("; ", parts));
            }
        }
        return tags;
    }

    /** Drops schemas that nothing outside {@code components.schemas} reaches, directly or through other schemas. */
    private static void dropUnreachableSchemas(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!schemas.isObject()) {
            return;
        }
        ObjectNode withoutSchemas = document.deepCopy();
        ((ObjectNode) withoutSchemas.get("components")).remove("schemas");
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        collectSchemaRefs(withoutSchemas, todo);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name) && schemas.has(name)) {
                collectSchemaRefs(schemas.get(name), todo);
            }
        }
        List<String> unreached = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (!reached.contains(name)) {
                unreached.add(name);
            }
        });
        ((ObjectNode) schemas).remove(unreached);
    }

    private static void collectSchemaRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                into.push(ref.asText().substring(SCHEMA_REF.length()));
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectSchemaRefs(child, into));
        }
    }
}
