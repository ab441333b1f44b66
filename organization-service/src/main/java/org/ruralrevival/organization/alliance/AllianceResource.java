package org.ruralrevival.organization.alliance;

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
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.web.QueryParams;

@Path("/api/v1/alliances")
@Tag(name = "alliances", description = "Party-building alliances (党建联盟): school–locality, industry chain, joint villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class AllianceResource {

    private final AllianceService service;
    private final AllianceRepository alliances;
    private final CallerScope scope;

    AllianceResource(AllianceService service, AllianceRepository alliances, CallerScope scope) {
        this.service = service;
        this.alliances = alliances;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listAlliances", summary = "List alliances led from a region, by kind or member organization")
    public PageResult<AllianceDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits (the lead region).", example = "620123")
            String region,
            @QueryParam("kind") @Parameter(example = "INDUSTRY_CHAIN", schema = @Schema(implementation = AllianceKind.class))
            String kind,
            @QueryParam("organizationId") @Parameter(description = "Only alliances this organization belongs to.", example = "1",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String organizationId,
            @BeanParam @Valid PageQuery page) {
        return alliances.search(scope.restrict(region), QueryParams.enumValue("kind", kind, AllianceKind.class),
                QueryParams.longValue("organizationId", organizationId), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAlliance", summary = "Read one alliance with its members; its version is the ETag")
    public RestResponse<AllianceDto> get(@PathParam("id") @Parameter(example = "7") long id) {
        Alliance a = service.get(id);
        return Answers.ok(alliances.toDto(a), a.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createAlliance", summary = "Found an alliance of at least two members")
    public RestResponse<AllianceDto> create(@NotNull @Valid AllianceRequest request) {
        Alliance a = service.create(request);
        return Answers.created("/api/v1/alliances/" + a.id, alliances.toDto(a), a.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceAlliance", summary = "Change an alliance or its members (If-Match required)")
    public RestResponse<AllianceDto> replace(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid AllianceRequest request) {
        Alliance a = service.update(id, ifMatch, request);
        return Answers.ok(alliances.toDto(a), a.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteAlliance", summary = "Dissolve an alliance (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
