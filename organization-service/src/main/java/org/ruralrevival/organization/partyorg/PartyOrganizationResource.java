package org.ruralrevival.organization.partyorg;

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
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/organizations")
@Tag(name = "organizations", description = "Party organizations (党组织): committees, branches, groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class PartyOrganizationResource {

    private final PartyOrganizationService service;
    private final PartyOrganizationRepository organizations;
    private final CallerScope scope;

    PartyOrganizationResource(PartyOrganizationService service, PartyOrganizationRepository organizations,
            CallerScope scope) {
        this.service = service;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List party organizations in a region, by type, parent or name")
    public PageResult<PartyOrganizationDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("type") @Parameter(example = "BRANCH") OrganizationType type,
            @QueryParam("parentId") @Parameter(example = "1") Long parentId,
            @QueryParam("name") @Parameter(example = "高墩营") String name,
            @BeanParam @Valid PageQuery page) {
        return organizations.search(scope.restrict(region), type, parentId, name, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganization", summary = "Read one party organization; its version is the ETag")
    public RestResponse<PartyOrganizationDto> get(@PathParam("id") @Parameter(example = "1") long id) {
        PartyOrganization o = service.get(id);
        return Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createOrganization",
            summary = "Add a party organization (re-sending one with the same externalRef updates it)")
    public RestResponse<PartyOrganizationDto> create(@NotNull @Valid PartyOrganizationRequest request) {
        PartyOrganizationService.Saved saved = service.create(request);
        PartyOrganization o = saved.organization();
        return saved.created()
                ? Answers.created("/api/v1/organizations/" + o.id, PartyOrganizationDto.of(o), o.version)
                : Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceOrganization", summary = "Rename, move or re-type an organization (If-Match required)")
    public RestResponse<PartyOrganizationDto> replace(@PathParam("id") @Parameter(example = "1") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid PartyOrganizationRequest request) {
        PartyOrganization o = service.update(id, ifMatch, request);
        return Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteOrganization", summary = "Remove an organization with none below it (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "1") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
