package org.ruralrevival.economy.cooperative;

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

@Path("/api/v1/cooperatives")
@Tag(name = "cooperatives", description = "Cooperatives founded or led by village party branches (党支部领办合作社)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CooperativeResource {

    private final CooperativeService service;

    CooperativeResource(CooperativeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCooperatives", summary = "List party-branch cooperatives in a region, founded or led")
    public PageResult<CooperativeDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("branchRole") @Parameter(example = "FOUNDED") BranchRole branchRole,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, branchRole, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCooperative", summary = "Read one cooperative")
    public RestResponse<CooperativeDto> get(@PathParam("id") @Parameter(example = "12") long id) {
        Cooperative c = service.get(id);
        return Answers.ok(service.dto(c), c.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCooperative", summary = "Add a cooperative (re-sending the same credit code updates it)")
    public RestResponse<CooperativeDto> create(@NotNull @Valid CooperativeRequest request) {
        CooperativeService.Saved saved = service.create(request);
        Cooperative c = saved.cooperative();
        return saved.created() ? Answers.created("/api/v1/cooperatives/" + c.id, service.dto(c), c.version)
                : Answers.ok(service.dto(c), c.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCooperative", summary = "Change a cooperative (If-Match required)")
    public RestResponse<CooperativeDto> replace(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CooperativeRequest request) {
        Cooperative c = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(c), c.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCooperative", summary = "Remove a cooperative (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
