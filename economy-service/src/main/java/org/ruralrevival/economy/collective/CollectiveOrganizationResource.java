package org.ruralrevival.economy.collective;

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
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/collective-organizations")
@Tag(name = "collective-organizations", description = "Rural collective economic organizations (村集体经济组织), keyed by credit code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CollectiveOrganizationResource {

    private final CollectiveOrganizationService service;

    CollectiveOrganizationResource(CollectiveOrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCollectiveOrganizations", summary = "List collective economic organizations in a region")
    public PageResult<CollectiveOrganizationDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("name") @Parameter(description = "Part of the name.", example = "高墩营") String name,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, name, page);
    }

    @GET
    @Path("{creditCode}")
    @Operation(operationId = "getCollectiveOrganization", summary = "Read one collective economic organization by credit code")
    public RestResponse<CollectiveOrganizationDto> get(
            @PathParam("creditCode") @Parameter(example = "N2620123MF0000012P") String creditCode) {
        CollectiveOrganization o = service.get(creditCode);
        return Answers.ok(service.dto(o), o.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCollectiveOrganization",
            summary = "Add a collective economic organization (re-sending the same credit code updates it)")
    public RestResponse<CollectiveOrganizationDto> create(@NotNull @Valid CollectiveOrganizationRequest request) {
        CollectiveOrganizationService.Saved saved = service.create(request);
        CollectiveOrganization o = saved.organization();
        return saved.created()
                ? Answers.created("/api/v1/collective-organizations/" + o.creditCode, service.dto(o), o.version)
                : Answers.ok(service.dto(o), o.version);
    }

    @PUT
    @Path("{creditCode}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCollectiveOrganization", summary = "Change a collective economic organization (If-Match required)")
    public RestResponse<CollectiveOrganizationDto> replace(
            @PathParam("creditCode") @Parameter(example = "N2620123MF0000012P") String creditCode,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CollectiveOrganizationRequest request) {
        CollectiveOrganization o = service.update(creditCode, ifMatch, request);
        return Answers.ok(service.dto(o), o.version);
    }

    @DELETE
    @Path("{creditCode}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCollectiveOrganization", summary = "Remove a collective economic organization (If-Match required)")
    public RestResponse<Void> delete(@PathParam("creditCode") @Parameter(example = "N2620123MF0000012P") String creditCode,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(creditCode, ifMatch);
        return RestResponse.noContent();
    }
}
