package org.ruralrevival.economy.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the 503 every create or replace here can answer: the record names a region that
 * organization-service has to confirm, and it could not be asked while this service had never
 * seen the code (see platform regionref). Clients should retry after {@code Retry-After}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RegionCheckResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> {
            if (!path.startsWith("/api/v1/") || !(method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)
                    || op.getResponses() == null || op.getResponses().hasAPIResponse("503")) {
                return;
            }
            op.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("organization-service could not confirm a region this service has not seen before; "
                            + "nothing was stored, retry after Retry-After seconds")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(30)))
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/Problem")))));
        }));
    }
}
