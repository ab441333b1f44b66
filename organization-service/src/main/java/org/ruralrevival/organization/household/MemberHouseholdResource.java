package org.ruralrevival.organization.household;

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

@Path("/api/v1/member-households")
@Tag(name = "member-households", description = "党员联户: households each member is linked to")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class MemberHouseholdResource {

    private final MemberHouseholdService service;

    MemberHouseholdResource(MemberHouseholdService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMemberHouseholds", summary = "List household links by member or region")
    public PageResult<MemberHouseholdDto> list(
            @QueryParam("memberId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                    example = "101") String memberId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits (the member's region).",
                    example = "620123") String region,
            @BeanParam @Valid PageQuery page) {
        return service.list(region, QueryParams.longValue("memberId", memberId), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMemberHousehold", summary = "Read one household link; its version is the ETag")
    public RestResponse<MemberHouseholdDto> get(@PathParam("id") @Parameter(example = "501") long id) {
        MemberHousehold h = service.get(id);
        return Answers.ok(MemberHouseholdDto.of(h), h.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createMemberHousehold",
            summary = "Link a member to a household (the same member, head and address again updates that link)")
    public RestResponse<MemberHouseholdDto> create(@NotNull @Valid MemberHouseholdRequest request) {
        MemberHouseholdService.Saved saved = service.create(request);
        MemberHousehold h = saved.link();
        return saved.created()
                ? Answers.created("/api/v1/member-households/" + h.id, MemberHouseholdDto.of(h), h.version)
                : Answers.ok(MemberHouseholdDto.of(h), h.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteMemberHousehold", summary = "Unlink a household (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "501") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
