package org.ruralrevival.talent.wealthleader;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.talent.common.QueryParams;

@Path("/api/v1/wealth-leaders/targets")
@Tag(name = "wealth-leaders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class TargetResource {

    private final WealthLeaderService service;

    TargetResource(WealthLeaderService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listWealthLeaderTargets", summary = "List 双培双带 targets in a region with their progress")
    public PageResult<TargetDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(description = "The target year.", example = "2025") String year,
            @QueryParam("asOf") @Parameter(description = "Measure progress on this day (default today; never past the "
                    + "target year).", example = "2021-12-31") String asOf,
            @BeanParam @Valid PageQuery page) {
        return service.searchTargets(region, QueryParams.year("year", year), asOf(asOf), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWealthLeaderTarget", summary = "Read one target with its progress; its version is the ETag")
    public RestResponse<TargetDto> get(@PathParam("id") @Parameter(example = "2") long id,
            @QueryParam("asOf") @Parameter(example = "2021-12-31") String asOf) {
        Target t = service.target(id);
        return Answers.ok(service.targetDto(t, asOf(asOf)), t.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "saveWealthLeaderTarget",
            summary = "Set a region's target for a year and kind (sending the same region, year and kind again updates it)")
    public RestResponse<TargetDto> save(@NotNull @Valid TargetRequest request) {
        WealthLeaderService.Saved saved = service.saveTarget(request);
        Target t = saved.target();
        TargetDto dto = service.targetDto(t, service.today());
        return saved.created() ? Answers.created("/api/v1/wealth-leaders/targets/" + t.id, dto, t.version)
                : Answers.ok(dto, t.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceWealthLeaderTarget", summary = "Change a target (If-Match required)")
    public RestResponse<TargetDto> replace(@PathParam("id") @Parameter(example = "2") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid TargetRequest request) {
        Target t = service.updateTarget(id, ifMatch, request);
        return Answers.ok(service.targetDto(t, service.today()), t.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteWealthLeaderTarget", summary = "Remove a target (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "2") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteTarget(id, ifMatch);
        return RestResponse.noContent();
    }

    private LocalDate asOf(String value) {
        LocalDate day = QueryParams.date("asOf", value);
        return day == null ? service.today() : day;
    }
}
