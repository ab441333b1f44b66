package org.ruralrevival.organization.region;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/regions")
@Tag(name = "regions", description = "The division-code tree (统计用区划代码) and villager groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class RegionResource {

    private final RegionService service;
    private final RegionRepository regions;
    private final CallerScope scope;

    RegionResource(RegionService service, RegionRepository regions, CallerScope scope) {
        this.service = service;
        this.regions = regions;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List regions in a subtree, by level or name")
    public PageResult<RegionDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits: the subtree to list.", example = "620123") String region,
            @QueryParam("level") @Parameter(example = "VILLAGE") RegionLevel level,
            @QueryParam("name") @Parameter(description = "Part of the name.", example = "营") String name,
            @BeanParam @Valid PageQuery page) {
        return regions.search(scope.restrict(region), level, name, page);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getRegion", summary = "Read one region; its version is the ETag")
    public RestResponse<RegionDto> get(@PathParam("code") @Parameter(example = "620123104201") String code) {
        Region region = service.get(code);
        return Answers.ok(RegionDto.of(region), region.version);
    }

    @GET
    @Path("{code}/children")
    @Operation(operationId = "listRegionChildren", summary = "List the regions directly below one")
    public PageResult<RegionDto> children(@PathParam("code") @Parameter(example = "620123104000") String code,
            @BeanParam @Valid PageQuery page) {
        service.get(code);
        return regions.children(code, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createRegion", summary = "Add a region under its existing parent")
    public RestResponse<RegionDto> create(@NotNull @Valid RegionRequest request) {
        Region region = service.create(request);
        return Answers.created("/api/v1/regions/" + region.code, RegionDto.of(region), region.version);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceRegion", summary = "Rename a region or change its attributes (If-Match required)")
    public RestResponse<RegionDto> replace(@PathParam("code") @Parameter(example = "620123104201") String code,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid RegionRequest request) {
        Region region = service.update(code, ifMatch, request);
        return Answers.ok(RegionDto.of(region), region.version);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteRegion", summary = "Remove a region that has nothing below it (If-Match required)")
    public RestResponse<Void> delete(@PathParam("code") @Parameter(example = "620123104201") String code,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(code, ifMatch);
        return RestResponse.noContent();
    }
}
