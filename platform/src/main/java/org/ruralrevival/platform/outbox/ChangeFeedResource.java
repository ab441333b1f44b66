package org.ruralrevival.platform.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.security.Roles;

/** {@code GET /api/v1/changes/{service}?after=&limit=}: every change of this service, in commit order. */
@Path("/api/v1/changes/{service}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "changes")
public class ChangeFeedResource {

    @ConfigProperty(name = "platform.service-name")
    String serviceName;

    @Inject
    ChangeFeedReader reader;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SYNC, Roles.SERVICE})
    @Operation(operationId = "listChanges", summary = "Read the change feed after a cursor",
            description = "Returns outbox rows with seq > after, in order. Keep the last `next` and pull again; "
                    + "a cursor never skips or repeats a change.")
    public ChangePage changes(
            @PathParam("service") @Parameter(description = "The service whose feed to read.", example = "organization") String service,
            @QueryParam("after") @DefaultValue("0") @Min(0) @Parameter(example = "0") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(10_000) @Parameter(example = "100") int limit) {
        if (!serviceName.equals(service)) {
            throw new ProblemException(404, "not-found", "problem.change-feed.unknown", serviceName, service);
        }
        List<ChangeDto> items = reader.page(after, limit);
        long next = items.isEmpty() ? after : items.get(items.size() - 1).seq();
        return new ChangePage(items, next, items.size() == limit);
    }
}
