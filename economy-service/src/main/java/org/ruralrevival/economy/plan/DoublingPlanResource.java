package org.ruralrevival.economy.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/doubling-plans")
@Tag(name = "doubling-plans", description = "Collective-economy doubling plans (倍增工程) and their progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class DoublingPlanResource {

    private final DoublingPlanService service;

    DoublingPlanResource(DoublingPlanService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listDoublingPlans",
            summary = "List doubling plans in a region; behind=true for those behind their target line in a year")
    public PageResult<DoublingPlanDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123104") String region,
            @QueryParam("behind") @Parameter(description = "true: only plans behind in the year; false: only plans on track. "
                    + "Plans not begun by the year are in neither.", example = "true") Boolean behind,
            @QueryParam("year") @Min(1949) @Max(2100) @Parameter(description = "Default: this year.", example = "2023") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, behind, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDoublingPlan", summary = "Read one doubling plan with its progress in a year")
    public RestResponse<DoublingPlanDto> get(@PathParam("id") @Parameter(example = "7") long id,
            @QueryParam("year") @Min(1949) @Max(2100) @Parameter(description = "Default: this year.", example = "2023") Integer year) {
        DoublingPlan p = service.get(id);
        return Answers.ok(service.dto(p, year), p.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createDoublingPlan", summary = "Start a village's doubling plan (one per village and baseline year)")
    public RestResponse<DoublingPlanDto> create(@NotNull @Valid DoublingPlanRequest request) {
        DoublingPlan p = service.create(request);
        return Answers.created("/api/v1/doubling-plans/" + p.id, service.dto(p, null), p.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceDoublingPlan", summary = "Change a doubling plan's target or model (If-Match required)")
    public RestResponse<DoublingPlanDto> replace(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid DoublingPlanRequest request) {
        DoublingPlan p = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(p, null), p.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteDoublingPlan", summary = "Remove a doubling plan (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
