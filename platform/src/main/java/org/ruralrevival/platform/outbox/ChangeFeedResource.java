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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problem;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.security.Roles;

/** {@code GET /api/v1/changes/{service}?after=&limit=}: every change of this service, in commit order. */
@Path("/api/v1/changes/{service}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "changes", description = "Change feed: every write of a service, in commit order, for systems that pull")
public class ChangeFeedResource {

    @ConfigProperty(name = "platform.service-name")
    String serviceName;

    @Inject
    OutboxRetention retention;

    @Inject
    ChangeFeedReader reader;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SYNC, Roles.SERVICE})
    @Operation(operationId = "listChanges", summary = "Read the change feed after a cursor",
            description = "Returns outbox rows with seq > after, in order. Keep the last `next` and pull again; "
                    + "a cursor never skips or repeats a change. Rows are kept for the configured retention "
                    + "(platform.outbox.retention, 30 days by default); a cursor older than that is answered with "
                    + "410 Gone (rule change-feed.cursor-expired): reload through the list endpoints, then read "
                    + "on from the seq the problem names.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the retained changes: resync",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changes(
            @PathParam("service") @Parameter(description = "The service whose feed to read.", example = "organization") String service,
            @QueryParam("after") @DefaultValue("0") @Min(0) @Parameter(example = "0") long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(10_000) @Parameter(example = "100") int limit) {
        if (!serviceName.equals(service)) {
            throw new ProblemException(404, "not-found", "problem.change-feed.unknown", serviceName, service);
        }
        long purgedThrough = retention.purgedThrough();
        if (after < purgedThrough) {
            throw new ProblemException(410, "gone", "change-feed.cursor-expired",
                    List.of(FieldError.of("after", "change-feed.cursor-expired.field", purgedThrough + 1)),
                    after, purgedThrough + 1, retention.retention().toString(), purgedThrough);
        }
        return Response.ok(reader.page(after, limit).json(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
