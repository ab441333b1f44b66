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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.talent.common.QueryParams;

@Path("/api/v1/wealth-leaders")
@Tag(name = "wealth-leaders", description = "双培双带: members trained into wealth leaders, wealth leaders developed into members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class WealthLeaderResource {

    private final WealthLeaderService service;

    WealthLeaderResource(WealthLeaderService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listWealthLeaderEntries", summary = "List 双培双带 ledger entries in a region, by ledger or progress")
    public PageResult<LedgerEntryDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("kind") @Parameter(example = "MEMBER_TO_LEADER", schema = @Schema(implementation = LedgerKind.class))
            String kind,
            @QueryParam("achieved") @Parameter(description = "true: only those who made it; false: still in progress.",
                    example = "true") String achieved,
            @BeanParam @Valid PageQuery page) {
        Boolean done = null;
        if (achieved != null && !achieved.isBlank()) {
            if (!achieved.equals("true") && !achieved.equals("false")) {
                throw Problems.invalidField("achieved", "json.format", achieved, "boolean");
            }
            done = Boolean.valueOf(achieved);
        }
        return service.searchEntries(region, QueryParams.enumValue("kind", kind, LedgerKind.class), done, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWealthLeaderEntry", summary = "Read one ledger entry; its version is the ETag")
    public RestResponse<LedgerEntryDto> get(@PathParam("id") @Parameter(example = "3") long id) {
        LedgerEntry e = service.entry(id);
        return Answers.ok(LedgerEntryDto.of(e), e.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createWealthLeaderEntry", summary = "Put a person on a 双培双带 ledger")
    public RestResponse<LedgerEntryDto> create(@NotNull @Valid LedgerEntryRequest request) {
        LedgerEntry e = service.createEntry(request);
        return Answers.created("/api/v1/wealth-leaders/" + e.id, LedgerEntryDto.of(e), e.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceWealthLeaderEntry", summary = "Correct an entry or record its success (If-Match required)")
    public RestResponse<LedgerEntryDto> replace(@PathParam("id") @Parameter(example = "3") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid LedgerEntryRequest request) {
        LedgerEntry e = service.updateEntry(id, ifMatch, request);
        return Answers.ok(LedgerEntryDto.of(e), e.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteWealthLeaderEntry", summary = "Remove a ledger entry (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "3") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteEntry(id, ifMatch);
        return RestResponse.noContent();
    }
}
