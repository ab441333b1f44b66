package org.ruralrevival.organization.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/organizations/{organizationId}/honours")
@Tag(name = "ratings", description = "Yearly ratings of party organizations: 一类/二类/三类, 十星级, 最强党支部, 四化")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class HonourResource {

    private final HonourService service;

    HonourResource(HonourService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listHonours", summary = "List an organization's honours (红旗村, 示范点, 党建品牌 ...), newest first")
    public PageResult<HonourDto> list(@PathParam("organizationId") @Parameter(example = "1") long organizationId,
            @QueryParam("year") @Parameter(example = "2020", schema = @Schema(type = SchemaType.INTEGER)) String year,
            @BeanParam @Valid PageQuery page) {
        return service.list(organizationId, QueryParams.intValue("year", year), page);
    }

    @GET
    @Path("{honourId}")
    @Operation(operationId = "getHonour", summary = "Read one honour; its version is the ETag")
    public RestResponse<HonourDto> get(@PathParam("organizationId") @Parameter(example = "1") long organizationId,
            @PathParam("honourId") @Parameter(example = "55") long honourId) {
        Honour h = service.get(organizationId, honourId);
        return Answers.ok(HonourDto.of(h), h.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "addHonour",
            summary = "Record an honour (sending the same year, kind and title again updates its issuer)")
    public RestResponse<HonourDto> add(@PathParam("organizationId") @Parameter(example = "1") long organizationId,
            @NotNull @Valid HonourRequest request) {
        HonourService.Saved saved = service.add(organizationId, request);
        Honour h = saved.honour();
        return saved.created()
                ? Answers.created("/api/v1/organizations/" + organizationId + "/honours/" + h.id, HonourDto.of(h),
                        h.version)
                : Answers.ok(HonourDto.of(h), h.version);
    }

    @DELETE
    @Path("{honourId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteHonour", summary = "Remove an honour recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("organizationId") @Parameter(example = "1") long organizationId,
            @PathParam("honourId") @Parameter(example = "55") long honourId,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(organizationId, honourId, ifMatch);
        return RestResponse.noContent();
    }
}
