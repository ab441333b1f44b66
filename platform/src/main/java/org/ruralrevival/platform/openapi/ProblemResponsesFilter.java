package org.ruralrevival.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem answers every operation can give, so generated clients know the error
 * shape: 400/401/403/500 everywhere, 404 where a path names a resource, 412/428 for changes that
 * need If-Match, 409/422 for writes.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("Problem")) {
            openAPI.getComponents().addSchema("ProblemFieldError", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("code"))
                    .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("region.code.shape"))
                    .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .example("\"62012\" is not a division code: 12 digits (15 for a villager group)")));
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details (application/problem+json).")
                    .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("/problems/validation"))
                    .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("Invalid request"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(400))
                    .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .example("code: \"62012\" is not a division code: 12 digits (15 for a villager group)"))
                    .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("/api/v1/regions"))
                    .addProperty("rule", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("problem.validation"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/ProblemFieldError"))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                addProblems(path, method, op)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        add(responses, "400", "Malformed or invalid request");
        add(responses, "401", "Missing or invalid Bearer token");
        add(responses, "403", "Role or region scope does not allow this");
        if (path.contains("{")) {
            add(responses, "404", "No such resource");
        }
        switch (method) {
            case POST -> {
                add(responses, "409", "Clashes with stored data");
                add(responses, "422", "A business rule refuses it, or an Idempotency-Key was reused with another body");
            }
            case PUT, PATCH -> {
                add(responses, "409", "Clashes with stored data");
                add(responses, "412", "Stale If-Match: the resource changed since it was read");
                add(responses, "422", "A business rule refuses it");
                add(responses, "428", "If-Match is required");
            }
            case DELETE -> {
                add(responses, "409", "Clashes with stored data");
                add(responses, "412", "Stale If-Match: the resource changed since it was read");
                add(responses, "428", "If-Match is required");
            }
            default -> { }
        }
        add(responses, "500", "Internal error; nothing was changed");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }
}
