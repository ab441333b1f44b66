package org.ruralrevival.talent.bounty;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.QueryParams;

@Path("/api/v1/bounties")
@Tag(name = "bounties", description = "Bounties (揭榜挂帅): posted by towns and villages, claimed, completed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class BountyResource {

    private final BountyService service;

    BountyResource(BountyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listBounties", summary = "List bounties posted in a region, by state")
    public PageResult<BountyDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("state") @Parameter(example = "OPEN", schema = @Schema(implementation = BountyState.class)) String state,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, QueryParams.enumValue("state", state, BountyState.class), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBounty", summary = "Read one bounty; its version is the ETag")
    public RestResponse<BountyDto> get(@PathParam("id") @Parameter(example = "4") long id) {
        Bounty b = service.get(id);
        return Answers.ok(BountyDto.of(b), b.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createBounty", summary = "Post a bounty for a town or village (张榜)")
    public RestResponse<BountyDto> create(@NotNull @Valid BountyRequest request) {
        Bounty b = service.create(request);
        return Answers.created("/api/v1/bounties/" + b.id, BountyDto.of(b), b.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceBounty", summary = "Correct an open bounty (If-Match required)")
    public RestResponse<BountyDto> replace(@PathParam("id") @Parameter(example = "4") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid BountyRequest request) {
        Bounty b = service.update(id, ifMatch, request);
        return Answers.ok(BountyDto.of(b), b.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteBounty", summary = "Withdraw an open bounty (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "4") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "claimBounty", summary = "Claim an open bounty for a unit or a person (揭榜)",
            description = "Only an OPEN bounty can be claimed (409 otherwise). If-Match is optional, checked when sent.")
    public RestResponse<BountyDto> claim(@PathParam("id") @Parameter(example = "4") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid ClaimRequest request) {
        Bounty b = service.claim(id, ifMatch, request);
        return Answers.ok(BountyDto.of(b), b.version);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "completeBounty", summary = "Complete a claimed bounty with the funds spent and the points awarded",
            description = "Only a CLAIMED bounty can be completed (409 otherwise). If-Match is optional, checked when sent.")
    public RestResponse<BountyDto> complete(@PathParam("id") @Parameter(example = "4") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"1\"") String ifMatch,
            @NotNull @Valid CompleteRequest request) {
        Bounty b = service.complete(id, ifMatch, request);
        return Answers.ok(BountyDto.of(b), b.version);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "reportBounties",
            summary = "Count open, claimed and completed bounties in a region and period, with funds and points")
    public BountySummary summary(
            @QueryParam("region") @Parameter(example = "150621") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to) {
        return service.summary(region, DateRange.parse(year, from, to));
    }
}
