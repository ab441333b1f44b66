package org.ruralrevival.organization.activity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.web.QueryParams;

@Path("/api/v1/activities")
@Tag(name = "activities", description = "Organisation life (组织生活): 主题党日 and 三会一课, with attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ActivityResource {

    private final ActivityService service;

    ActivityResource(ActivityService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listActivities", summary = "List activities by organization, region, period or kind")
    public PageResult<ActivityDto> list(
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                    example = "12") String organizationId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits (the organization's region).",
                    example = "620123") String region,
            @QueryParam("from") @Parameter(description = "First day, inclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(description = "Last day, inclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2021-12-31") String to,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ActivityKind.class), example = "THEME_DAY")
            String kind,
            @BeanParam @Valid PageQuery page) {
        return service.list(region, QueryParams.longValue("organizationId", organizationId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumValue("kind", kind, ActivityKind.class), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getActivity", summary = "Read one activity with expected and attended counts")
    public RestResponse<ActivityDto> get(@PathParam("id") @Parameter(example = "301") long id) {
        Activity a = service.get(id);
        return Answers.ok(service.dto(a), a.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createActivity", summary = "Record an activity held by an organization, with its attendees")
    public RestResponse<ActivityDto> create(@NotNull @Valid ActivityRequest request) {
        Activity a = service.create(request);
        return Answers.created("/api/v1/activities/" + a.id, service.dto(a), a.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceActivity", summary = "Correct an activity or its attendees (If-Match required)")
    public RestResponse<ActivityDto> replace(@PathParam("id") @Parameter(example = "301") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid ActivityRequest request) {
        Activity a = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(a), a.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteActivity", summary = "Remove an activity (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "301") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
