package org.ruralrevival.organization.points;

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

@Path("/api/v1/member-points")
@Tag(name = "member-points", description = "先锋指数 / 积分管理: members' scored events, red and black lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class MemberPointResource {

    private final MemberPointService service;

    MemberPointResource(MemberPointService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMemberPoints", summary = "List scored events by member, region or year")
    public PageResult<MemberPointDto> list(
            @QueryParam("memberId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                    example = "101") String memberId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits (the member's region).",
                    example = "620123") String region,
            @QueryParam("year") @Parameter(description = "Calendar year, 1900 to 2999.",
                    schema = @Schema(type = SchemaType.INTEGER), example = "2021") String year,
            @BeanParam @Valid PageQuery page) {
        return service.list(region, QueryParams.longValue("memberId", memberId), QueryParams.intValue("year", year),
                page);
    }

    @GET
    @Path("rankings")
    @Operation(operationId = "rankMemberPoints",
            summary = "Red list (红榜, highest yearly totals) or black list (黑榜, lowest) of a region's members")
    public Ranking rankings(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(required = true, description = "Calendar year, 1900 to 2999.",
                    schema = @Schema(type = SchemaType.INTEGER), example = "2021") String year,
            @QueryParam("list") @Parameter(description = "RED (default) or BLACK.",
                    schema = @Schema(implementation = RankingList.class), example = "RED") String list,
            @QueryParam("size") @Parameter(description = "How many members, 1 to 500 (default 10).",
                    schema = @Schema(type = SchemaType.INTEGER), example = "10") String size) {
        return service.ranking(region, QueryParams.intValue("year", year),
                QueryParams.enumValue("list", list, RankingList.class), QueryParams.intValue("size", size));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMemberPoint", summary = "Read one scored event; its version is the ETag")
    public RestResponse<MemberPointDto> get(@PathParam("id") @Parameter(example = "801") long id) {
        MemberPoint p = service.get(id);
        return Answers.ok(MemberPointDto.of(p), p.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createMemberPoint", summary = "Score an event for a member (points -100 to 100)")
    public RestResponse<MemberPointDto> create(@NotNull @Valid MemberPointRequest request) {
        MemberPoint p = service.create(request);
        return Answers.created("/api/v1/member-points/" + p.id, MemberPointDto.of(p), p.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteMemberPoint", summary = "Remove a scored event (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "801") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
